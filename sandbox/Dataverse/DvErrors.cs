using System.Text.Json.Nodes;
using CouplingBot.Sandbox.OData;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>Dataverse's errors: <c>{"error":{"code":"0x...","message":"..."}}</c> with its hexadecimal codes.</summary>
public static class DvErrors
{
    /// <summary>An expired change-tracking token ("Version stamp associated with the client has expired").</summary>
    public const string ExpiredVersionStampCode = "0x80044352";

    /// <summary>Malformed query, URL or key.</summary>
    public const string QueryCode = "0x80060888";

    /// <summary>Bad request payload.</summary>
    public const string PayloadCode = "0x80048d19";

    /// <summary>A record that does not exist.</summary>
    public static ApiException NotFound(string entity, Guid id) =>
        new(404, "0x80040217", $"{entity} With Id = {id:D} Does Not Exist");

    /// <summary>A create that hits an existing key.</summary>
    public static ApiException Duplicate() =>
        new(412, "0x80040237", "A record with matching key values already exists.");

    /// <summary>A stale If-Match.</summary>
    public static ApiException VersionMismatch() =>
        new(412, "0x80060882", "The version of the existing record doesn't match the RowVersion property provided.");

    /// <summary>An unknown URL segment.</summary>
    public static ApiException SegmentNotFound(string segment) =>
        new(404, "0x8006088a", $"Resource not found for the segment '{segment}'.");

    /// <summary>A bad request payload.</summary>
    public static ApiException Payload(string entitySet, string detail) =>
        new(400, PayloadCode, $"Error identified in Payload provided by the user for Entity :'{entitySet}'. ----> InnerException : Microsoft.OData.ODataException: {detail}");

    /// <summary>A method the resource does not allow.</summary>
    public static ApiException MethodNotAllowed(string method) =>
        new(405, "0x80060888", $"The HTTP method '{method}' is not allowed for this resource.");

    /// <summary>Writes the error body.</summary>
    public static Task WriteAsync(HttpContext context, ApiException error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        var body = new JsonObject { ["error"] = new JsonObject { ["code"] = error.Code, ["message"] = error.Message } };
        return ODataHttp.WriteAsync(context, error.Status, body, cancellationToken);
    }
}
