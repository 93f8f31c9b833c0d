using System.Net;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// The record was changed by someone else since it was read (stale ETag): Business Central 409
/// <c>Request_EntityChanged</c>, Dataverse 412 <c>0x80060882</c>. Read it again and decide.
/// </summary>
public sealed class ConcurrencyConflictException(Side side, HttpStatusCode status, string? errorCode, string message)
    : ServiceRequestException(side, status, errorCode, message);

/// <summary>
/// The record does not exist: a write (PATCH, DELETE) met 404, or a read whose caller needed the
/// record found none (<see cref="RecordClientExtensions.GetRequiredAsync"/>).
/// </summary>
public sealed class RecordNotFoundException(Side side, HttpStatusCode status, string? errorCode, string message)
    : ServiceRequestException(side, status, errorCode, message);

/// <summary>
/// A create met an existing record with the same key: Dataverse 412 <c>0x80040237</c>, Business Central
/// <c>Internal_EntityWithSameKeyExists</c>.
/// </summary>
public sealed class DuplicateRecordException(Side side, HttpStatusCode status, string? errorCode, string message)
    : ServiceRequestException(side, status, errorCode, message)
{
    /// <summary>True when the create had been sent more than once (the pipeline retried it).</summary>
    internal bool AfterRetry { get; init; }
}

/// <summary>
/// The service refused the call because of its request limits (429, 503), and the retries allowed were
/// used up; or too many calls were already waiting for a slot. Try again after <see cref="RetryAfter"/>.
/// </summary>
public sealed class ThrottledException(Side side, HttpStatusCode status, string? errorCode, string message, TimeSpan? retryAfter)
    : ServiceRequestException(side, status, errorCode, message)
{
    /// <summary>How long the service asked to wait (its last <c>Retry-After</c>), when it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}

/// <summary>The credentials were refused (401/403), or no token could be had for them.</summary>
public sealed class ServiceUnauthorizedException(Side side, HttpStatusCode status, string? errorCode, string message, Exception? inner = null)
    : ServiceRequestException(side, status, errorCode, message, inner);

/// <summary>
/// The delta link is too old (Dataverse keeps changes for <c>ExpireChangeTrackingInDays</c>, 7 by default):
/// "Version stamp associated with the client has expired. Please perform a full sync." Start again without a
/// link (a full read) and keep the new link.
/// </summary>
public sealed class ChangeTrackingExpiredException(Side side, HttpStatusCode status, string? errorCode, string message)
    : ServiceRequestException(side, status, errorCode, message);
