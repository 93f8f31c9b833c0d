using System.Net;
using System.Text.Json;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>Turns a failed response of either service into the matching exception.</summary>
/// <remarks>
/// Both services answer <c>{"error":{"code":"...","message":"..."}}</c>. Business Central reports a
/// stale ETag as 409 <c>Request_EntityChanged</c>, Dataverse as 412 <c>0x80060882</c>; Dataverse also
/// uses 412 for a duplicate key (<c>0x80040237</c>), which is not a concurrency conflict.
/// </remarks>
internal static class ServiceErrors
{
    private const string DataverseDuplicateRecord = "0x80040237";

    public static async Task<ServiceRequestException> FromResponseAsync(
        Side side, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (code, serviceMessage) = await ReadErrorAsync(response, cancellationToken).ConfigureAwait(false);
        var status = response.StatusCode;
        var message = $"{Describe(side)} answered {(int)status} {status}" + (serviceMessage is null ? "." : $": {serviceMessage}");
        return status switch
        {
            HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed when code != DataverseDuplicateRecord
                => new ConcurrencyConflictException(side, status, code, message),
            HttpStatusCode.TooManyRequests
                => new ThrottledException(side, status, code, message, response.Headers.RetryAfter?.Delta),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                => new ServiceUnauthorizedException(side, status, code, message),
            _ => new ServiceRequestException(side, status, code, message),
        };
    }

    public static ServiceRequestException Unreachable(Side side, Uri? address, Exception inner) =>
        new(side, null, null, $"{Describe(side)} did not answer at {address?.GetLeftPart(UriPartial.Authority) ?? "its address"} ({inner.Message}).", inner);

    public static string Describe(Side side) => side == Side.BusinessCentral ? "Business Central" : "Dynamics 365 Sales";

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
