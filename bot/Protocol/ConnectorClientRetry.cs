using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace CouplingBot.Bot.Protocol;

/// <summary>
/// Which failed connector calls are sent again, and how. The standard resilience handler waits out
/// <c>Retry-After</c> (its <see cref="HttpRetryStrategyOptions.ShouldRetryAfterHeader"/>), else backs off
/// exponentially with jitter. Safe to repeat are updates (PUT replaces the activity with the same content)
/// and typing indicators; those are retried after 408, 412, 429, 502, 503, 504, a failed connection or an
/// attempt timeout. A post (reply, send, create conversation) is retried only when the connector certainly
/// did not act on it: 429 and 503 (refused before processing) or a connection that was never made. A post
/// that timed out or met a 5xx may have been delivered; sending it again could show the user the same
/// message twice, so that failure surfaces to the caller instead.
/// </summary>
public static class ConnectorClientRetry
{
    private static readonly HttpRequestOptionsKey<bool> SafeToRepeat = new("CouplingBot.Connector.SafeToRepeat");

    /// <summary>Marks a POST that may be sent twice without harm (the typing indicator).</summary>
    public static void MarkSafeToRepeat(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(SafeToRepeat, true);
    }

    /// <summary>Configures the standard handler's retry with <see cref="ShouldRetry(HttpRequestMessage?, Outcome{HttpResponseMessage})"/>.</summary>
    public static void Configure(HttpStandardResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Retry.ShouldRetryAfterHeader = true;
        options.Retry.MaxRetryAttempts = 3;
        options.Retry.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Context.GetRequestMessage(), args.Outcome));
    }

    /// <summary>True when the attempt of <paramref name="request"/> should be sent again.</summary>
    public static bool ShouldRetry(HttpRequestMessage? request, Outcome<HttpResponseMessage> outcome)
    {
        var repeatable = request is null || request.Method == HttpMethod.Put || request.Method == HttpMethod.Get
            || (request.Options.TryGetValue(SafeToRepeat, out var safe) && safe);
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => true,
                HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => repeatable,
                _ => false,
            };
        }

        return outcome.Exception switch
        {
            HttpRequestException failure => repeatable || NeverConnected(failure),
            TimeoutRejectedException => repeatable,
            _ => false,
        };
    }

    private static bool NeverConnected(HttpRequestException failure) => failure.HttpRequestError
        is HttpRequestError.NameResolutionError
        or HttpRequestError.ConnectionError
        or HttpRequestError.SecureConnectionError
        or HttpRequestError.ProxyTunnelError;
}
