using System.Net;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// A request to Business Central or Dataverse failed. Carries the service's own error code and
/// message so a person can be told what happened; subtypes exist where a caller acts differently.
/// </summary>
public class ServiceRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ServiceRequestException(Side side, HttpStatusCode? status, string? errorCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        Side = side;
        Status = status;
        ErrorCode = errorCode;
    }

    /// <summary>The service that failed.</summary>
    public Side Side { get; }

    /// <summary>The HTTP status, or null when the service could not be reached at all.</summary>
    public HttpStatusCode? Status { get; }

    /// <summary>The service's error code (e.g. <c>Request_EntityChanged</c>, <c>0x80060882</c>).</summary>
    public string? ErrorCode { get; }

    /// <summary>True when no answer came back (connection refused, timeout).</summary>
    public bool IsUnreachable => Status is null;
}
