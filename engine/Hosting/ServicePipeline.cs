using CouplingBot.Engine.Clients;
using Polly;
using Polly.Retry;

namespace CouplingBot.Engine.Hosting;

/// <summary>
/// The resilience pipeline in front of each service, outermost first: retry (<see cref="RetryRule"/>,
/// honouring <c>Retry-After</c> up to <see cref="ServiceClientOptions.MaxRetryDelay"/>), a concurrency
/// limiter with a queue, the pacer (the service's request budget, see <see cref="Pacer"/>), and a timeout per
/// attempt. Both limiters exist once per service and container (the pipeline is built once per named client), so
/// the whole process stays below the service's limits. They sit inside the retry so a call waiting out a
/// <c>Retry-After</c> holds neither a slot nor the budget, and every attempt, a retry too, spends the budget; the
/// pacer sits inside the concurrency limiter so a request is sent the moment it gets its share of the budget (time
/// queued for a slot would otherwise shift when the service sees it); the attempt timeout sits innermost so time spent
/// waiting is not counted against the service.
/// </summary>
internal static class ServicePipeline
{
    /// <summary>
    /// Adds the strategies to the builder; <paramref name="onPipelineDisposed"/> receives what to do when the pipeline is
    /// discarded (the pacer's timer is stopped).
    /// </summary>
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder, ServiceClientOptions options, TimeProvider time, Action<Action> onPipelineDisposed)
    {
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseRetryDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(RetryRule.ShouldRetry(args.Context.GetRequestMessage(), args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(RetryDelay(args.Outcome.Result, options.MaxRetryDelay, time)),
                OnRetry = args =>
                {
                    args.Context.GetRequestMessage()?.Options.Set(ResilienceKeys.Retried, true);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddConcurrencyLimiter(options.MaxConcurrentRequests, options.MaxQueuedRequests);
        if (Pacer.Create(options) is { } pacer)
        {
            onPipelineDisposed(pacer.Dispose);
            builder.AddRateLimiter(pacer);
        }

        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>The service's <c>Retry-After</c>, capped; null (the exponential base delay) when it gave none.</summary>
    private static TimeSpan? RetryDelay(HttpResponseMessage? response, TimeSpan max, TimeProvider time) =>
        response is not null && ServiceErrors.RetryAfter(response, time) is { } wait ? (wait < max ? wait : max) : null;
}
