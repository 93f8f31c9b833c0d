using System.Net;
using System.Text.Json;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>Turns a failed response of either service into the matching exception.</summary>
/// <remarks>
/// Both services answer <c>{"error":{"code":"...","message":"..."}}</c>. Business Central reports a
/// stale ETag as 409 <c>Request_EntityChanged</c>, Dataverse as 412 <c>0x80060882</c>; Dataverse also
/// uses 412 for a duplicate key (<c>0x80040237</c>), which is not a concurrency conflict, and Business
/// Central reports a duplicate as <c>Internal_EntityWithSameKeyExists</c> (status not documented).
/// A 404 is "record not found" only with a record code: a 404 for a wrong URL segment or company is
/// a configuration problem and stays a plain <see cref="ServiceRequestException"/>.
/// </remarks>
internal static class ServiceErrors
{
    private static readonly HashSet<string> DuplicateCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "0x80040237", "Internal_EntityWithSameKeyExists",
    };

    /// <summary>Dataverse's <c>ExpiredVersionStamp</c>: the change-tracking token is older than the retention.</summary>
    private const string ExpiredVersionStampCode = "0x80044352";

    private static readonly HashSet<string> NotFoundCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "0x80040217", "Internal_RecordNotFound",
    };

    /// <summary>The exception for a failed response to <paramref name="request"/>.</summary>
    public static async Task<ServiceRequestException> FromResponseAsync(
        Side side, HttpRequestMessage request, HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var (code, serviceMessage) = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        return Create(side, response.StatusCode, code, serviceMessage, RetryAfter(response, time), WasRetried(request));
    }

    /// <summary>
    /// The exception for one failed answer inside a <c>$batch</c>: the same mapping as for a request of its own.
    /// </summary>
    /// <param name="side">The service.</param>
    /// <param name="status">The part's status.</param>
    /// <param name="body">The part's body, an OData error when the service gave one.</param>
    /// <param name="afterRetry">True when the batch carrying it was sent more than once.</param>
    public static ServiceRequestException FromBatchPart(Side side, HttpStatusCode status, string? body, bool afterRetry)
    {
        var (code, serviceMessage) = ReadError(body);
        return Create(side, status, code, serviceMessage, null, afterRetry);
    }

    /// <summary>The exception for a status and the service's own error code and message.</summary>
    public static ServiceRequestException Create(
        Side side, HttpStatusCode status, string? code, string? serviceMessage, TimeSpan? retryAfter, bool afterRetry)
    {
        var message = $"{Describe(side)} answered {(int)status} {status}" + (serviceMessage is null ? "." : $": {serviceMessage}");
        return status switch
        {
            _ when code is not null && DuplicateCodes.Contains(code)
                => new DuplicateRecordException(side, status, code, message) { AfterRetry = afterRetry },
            _ when IsExpiredChangeToken(status, code, serviceMessage)
                => new ChangeTrackingExpiredException(side, status, code, message),
            HttpStatusCode.NotFound when code is not null && NotFoundCodes.Contains(code)
                => new RecordNotFoundException(side, status, code, message),
            HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed
                => new ConcurrencyConflictException(side, status, code, message),
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                => new ThrottledException(side, status, code, message, retryAfter),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                => new ServiceUnauthorizedException(side, status, code, message),
            _ => new ServiceRequestException(side, status, code, message),
        };
    }

    /// <summary>How long the response asks to wait (<c>Retry-After</c> as seconds or a date), if it says.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    public static ServiceRequestException Unreachable(Side side, Uri? address, Exception inner) =>
        new(side, null, null, $"{Describe(side)} did not answer at {address?.GetLeftPart(UriPartial.Authority) ?? "its address"} ({inner.Message}).", inner);

    public static string Describe(Side side) => side == Side.BusinessCentral ? "Business Central" : "Dynamics 365 Sales";

    private static bool WasRetried(HttpRequestMessage request) =>
        request.Options.TryGetValue(ResilienceKeys.Retried, out var retried) && retried;

    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        ReadError(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));

    private static (string? Code, string? Message) ReadError(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("error", out var error))
            {
                return (TryGetString(error, "code"), TryGetString(error, "message"));
            }
        }
        catch (JsonException)
        {
            // Not an OData error body (a proxy's HTML page, say): the status alone will do.
        }

        return (null, null);
    }

    private static bool IsExpiredChangeToken(HttpStatusCode status, string? code, string? message) =>
        string.Equals(code, ExpiredVersionStampCode, StringComparison.OrdinalIgnoreCase)
        || status == HttpStatusCode.Gone
        || (message is not null && message.Contains("expired", StringComparison.OrdinalIgnoreCase)
            && (message.Contains("version stamp", StringComparison.OrdinalIgnoreCase) || message.Contains("delta token", StringComparison.OrdinalIgnoreCase)));

    private static string? TryGetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
