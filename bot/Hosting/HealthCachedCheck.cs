using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Hosting;

/// <summary>
/// A readiness check whose result is reused for <see cref="HealthOptions.CacheDuration"/>: probes
/// arrive every few seconds from every instance, and each real check costs an API call. Concurrent
/// probes share one check. A check that takes longer than <see cref="HealthOptions.Timeout"/> fails
/// (and that failure is cached like any other result); an exception fails it without a stack trace
/// in the answer, the details go to the log.
/// </summary>
internal abstract class HealthCachedCheck(IOptions<HealthOptions> options, TimeProvider clock, ILogger logger) : IHealthCheck, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedResult? _last;

    /// <summary>The check's name in reports and logs.</summary>
    protected abstract string Name { get; }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } sharedResult)
            {
                return sharedResult;
            }

            var result = await RunAsync(context.Registration.FailureStatus, cancellationToken).ConfigureAwait(false);
            _last = new CachedResult(result, clock.GetUtcNow());
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>The real check; throws or returns a failure with <paramref name="failureStatus"/> when it fails.</summary>
    protected abstract Task<HealthCheckResult> ProbeAsync(HealthStatus failureStatus, CancellationToken cancellationToken);

    private HealthCheckResult? Fresh() =>
        _last is { } last && clock.GetUtcNow() - last.At < options.Value.CacheDuration ? last.Result : null;

    private async Task<HealthCheckResult> RunAsync(HealthStatus failureStatus, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        HealthCheckResult result;
        try
        {
            result = await ProbeAsync(failureStatus, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            result = new HealthCheckResult(failureStatus, $"{Name} did not answer within {options.Value.Timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            HealthLog.CheckFailed(logger, ex, Name, ex.GetType().Name);
            return new HealthCheckResult(failureStatus, $"{Name} could not be reached ({ex.GetType().Name}); see the log.");
        }

        if (result.Status != HealthStatus.Healthy)
        {
            HealthLog.CheckFailed(logger, null, Name, result.Description ?? result.Status.ToString());
        }

        return result;
    }

    private sealed record CachedResult(HealthCheckResult Result, DateTimeOffset At);
}
