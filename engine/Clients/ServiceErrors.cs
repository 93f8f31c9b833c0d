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

    private static readonly HashSet<string> NotFoundCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "0x80040217", "Internal_RecordNotFound",
    };

    /// <summary>The exception for a failed response to <paramref name="request"/>.</summary>
    public static async Task<ServiceRequestException> FromResponseAsync(
        Side side, HttpRequestMessage request, HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var (code, serviceMessage) = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        var status = response.StatusCode;
        var message = $"{Describe(side)} answered {(int)status} {status}" + (serviceMessage is null ? "." : $": {serviceMessage}");
        return status switch
        {
            _ when code is not null && DuplicateCodes.Contains(code)
                => new DuplicateRecordException(side, status, code, message) { AfterRetry = WasRetried(request) },
            HttpStatusCode.NotFound when code is not null && NotFoundCodes.Contains(code)
                => new RecordNotFoundException(side, status, code, message),
            HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed
                => new ConcurrencyConflictException(side, status, code, message),
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
                => new ThrottledException(side, status, code, message, RetryAfter(response, time)),
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

    private static async Task<(string? Code, string? Message)> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (document.RootElement.TryGetProperty("error", out var error))
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

    private static string? TryGetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
