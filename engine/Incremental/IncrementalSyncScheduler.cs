using System.Threading.Channels;
using CouplingBot.Engine.Mappings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Incremental;

/// <summary>
/// Runs every configured mapping's <see cref="IncrementalSync"/> at start and then every
/// <see cref="IncrementalSyncOptions.Interval"/>, one run at a time; <see cref="Wake"/> runs a mapping at once
/// (e.g. on a Business Central webhook notification). Runs never overlap, so a mapping never runs twice at once;
/// a failed run is logged and never stops the host. Each finished run's report goes to the <see cref="IIncrementalSyncObserver"/>
/// (whose failure is logged too). Time is read from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class IncrementalSyncScheduler(
    IIncrementalSync sync,
    IIncrementalSyncObserver observer,
    MappingCatalog catalog,
    IOptions<IncrementalSyncOptions> options,
    TimeProvider clock,
    ILogger<IncrementalSyncScheduler> logger) : BackgroundService
{
    private readonly Channel<string> _wakes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Asks for a run of <paramref name="mapping"/> as soon as the current one (if any) ends; repeated wakes coalesce.</summary>
    public void Wake(string mapping)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping);
        _wakes.Writer.TryWrite(mapping);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            IncrementalLog.SchedulerDisabled(logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var due = clock.GetUtcNow() + settings.Interval;
            foreach (var mapping in settings.EffectiveMappings)
            {
                await RunAsync(mapping, stoppingToken).ConfigureAwait(false);
            }

            while (!stoppingToken.IsCancellationRequested && clock.GetUtcNow() < due)
            {
                var woken = await WaitForWakeAsync(due - clock.GetUtcNow(), stoppingToken).ConfigureAwait(false);
                var pending = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                while (woken && _wakes.Reader.TryRead(out var mapping))
                {
                    pending.Add(mapping);
                }

                foreach (var mapping in pending)
                {
                    await RunAsync(mapping, stoppingToken).ConfigureAwait(false);
                }
            }
        }
    }

    private async Task<bool> WaitForWakeAsync(TimeSpan timeout, CancellationToken stoppingToken)
    {
        if (timeout <= TimeSpan.Zero)
        {
            return false;
        }

        using var timer = new CancellationTokenSource(timeout, clock);
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timer.Token);
        try
        {
            return await _wakes.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RunAsync(string name, CancellationToken stoppingToken)
    {
        if (catalog.TryGet(name) is not { } mapping)
        {
            IncrementalLog.UnknownMapping(logger, name);
            return;
        }

        IncrementalSyncReport report;
        try
        {
            report = await sync.RunAsync(mapping, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return; // shutting down
        }
#pragma warning disable CA1031 // A failed run must never stop the host; the next run tries again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            IncrementalLog.RunFailed(logger, ex, mapping.Name);
            return;
        }

        await ObserveAsync(report, stoppingToken).ConfigureAwait(false);
    }

    private async Task ObserveAsync(IncrementalSyncReport report, CancellationToken stoppingToken)
    {
        try
        {
            await observer.RunCompletedAsync(report, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
#pragma warning disable CA1031 // The observer (posting to Teams) must never stop the scheduler.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            IncrementalLog.ObserverFailed(logger, ex, report.Mapping, report.NewProblems.Count);
        }
    }
}
