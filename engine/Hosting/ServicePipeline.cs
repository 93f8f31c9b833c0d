using CouplingBot.Engine.Clients;
using Polly;
using Polly.Retry;

namespace CouplingBot.Engine.Hosting;

/// <summary>
/// The resilience pipeline in front of each service, outermost first: retry (<see cref="RetryRule"/>,
/// honouring <c>Retry-After</c> up to <see cref="ServiceClientOptions.MaxRetryDelay"/>), a concurrency
/// limiter with a queue (one per service and container, so the whole process stays below the
/// service's limit), and a timeout per attempt. The limiter sits inside the retry so a call waiting
/// out a <c>Retry-After</c> does not hold a slot, and the attempt timeout inside the limiter so time
/// spent queued is not counted against the service.
/// </summary>
internal static class ServicePipeline
{
    /// <summary>Adds the strategies to the builder.</summary>
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, ServiceClientOptions options, TimeProvider time)
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
        builder.AddTimeout(options.AttemptTimeout);
    }

    /// <summary>The service's <c>Retry-After</c>, capped; null (the exponential base delay) when it gave none.</summary>
    private static TimeSpan? RetryDelay(HttpResponseMessage? response, TimeSpan max, TimeProvider time) =>
        response is not null && ServiceErrors.RetryAfter(response, time) is { } wait ? (wait < max ? wait : max) : null;
}
