using System.Net;
using Polly;
using Polly.Timeout;

namespace CouplingBot.Engine.Hosting;

/// <summary>
/// Which failed attempts are sent again. A read (GET, HEAD, OPTIONS) is retried after 408, 429, 502,
/// 503, 504, a failed connection or an attempt timeout. A write (POST, PATCH, PUT, DELETE) is retried
/// only when the service certainly did not apply it: 429 and 503 (both services refuse those before
/// processing: service protection limits, Business Central's full queue) or a connection that was
/// never established (name resolution, connect, TLS handshake). A write that timed out, lost its
/// connection mid-way, or met 408 or a 5xx may have been applied; sending it again could create a
/// second record, or fail its own <c>If-Match</c> and look like someone else's change. Those surface
/// to the caller, which can read the record and decide.
/// A 500 is not retried even for a read: it is usually the same answer the second time.
/// </summary>
internal static class RetryRule
{
    /// <summary>
    /// True when the attempt of <paramref name="request"/> should be sent again; a request the client marked
    /// <see cref="Clients.ResilienceKeys.ReadOnly"/> (a <c>$batch</c> of reads) counts as a read.
    /// </summary>
    public static bool ShouldRetry(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome) =>
        ShouldRetry(request is not null && request.Options.TryGetValue(Clients.ResilienceKeys.ReadOnly, out var readOnly) && readOnly ? HttpMethod.Get : request?.Method, outcome);

    /// <summary>True when the attempt should be sent again.</summary>
    public static bool ShouldRetry(HttpMethod? method, Outcome<HttpResponseMessage> outcome)
    {
        var isRead = method is null || method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options;
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => true,
                HttpStatusCode.RequestTimeout or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => isRead,
                _ => false,
            };
        }

        return outcome.Exception switch
        {
            HttpRequestException failure => isRead || NeverConnected(failure),
            TimeoutRejectedException => isRead,
            _ => false,
        };
    }

    /// <summary>True when the request cannot have reached the service: no connection was ever made.</summary>
    public static bool NeverConnected(HttpRequestException failure) => failure.HttpRequestError
        is HttpRequestError.NameResolutionError
        or HttpRequestError.ConnectionError
        or HttpRequestError.SecureConnectionError
        or HttpRequestError.ProxyTunnelError;
}
