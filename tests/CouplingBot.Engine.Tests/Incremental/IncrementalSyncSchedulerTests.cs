using System.Collections.Concurrent;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Mappings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CouplingBot.Engine.Tests.Incremental;

/// <summary>The scheduler's loop on a fake clock: intervals, wakes, no overlap, failures, shutdown.</summary>
public sealed class IncrementalSyncSchedulerTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunsEveryMappingAtStart_AndAgainEachInterval_NotBefore()
    {
        var (scheduler, clock, sync, _) = Create("CUSTOMER", "CONTACT");

        await scheduler.StartAsync(Ct);
        await sync.WaitForRunsAsync(2);
        await clock.WaitForTimersAsync(1);
        clock.Advance(Interval - TimeSpan.FromSeconds(1));
        await Task.Delay(50, Ct);
        var beforeInterval = sync.Runs.Count;
        clock.Advance(TimeSpan.FromSeconds(1));
        await sync.WaitForRunsAsync(4);
        await scheduler.StopAsync(Ct);

        Assert.Equal(2, beforeInterval);
        Assert.Equal(["CUSTOMER", "CONTACT", "CUSTOMER", "CONTACT"], sync.Runs);
    }

    [Fact]
    public async Task Wake_RunsTheMappingAtOnce_WithoutWaitingForTheInterval()
    {
        var (scheduler, _, sync, _) = Create("CUSTOMER");
        await scheduler.StartAsync(Ct);
        await sync.WaitForRunsAsync(1);

        scheduler.Wake("CONTACT");
        await sync.WaitForRunsAsync(2);
        await scheduler.StopAsync(Ct);

        Assert.Equal(["CUSTOMER", "CONTACT"], sync.Runs);
    }

    [Fact]
    public async Task WakesDuringARun_WaitForIt_AndCoalesce_SoAMappingNeverRunsTwiceAtOnce()
    {
        var (scheduler, _, sync, _) = Create("CUSTOMER");
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        sync.Gate = gate.Task;
        await scheduler.StartAsync(Ct);
        await sync.WaitForStartsAsync(1);

        scheduler.Wake("CUSTOMER");
        scheduler.Wake("customer");
        scheduler.Wake("CUSTOMER");
        await Task.Delay(100, Ct);
        var startedWhileBlocked = sync.Starts;
        gate.SetResult();
        await sync.WaitForRunsAsync(2);
        await Task.Delay(100, Ct);
        await scheduler.StopAsync(Ct);

        Assert.Equal(1, startedWhileBlocked);
        Assert.Equal(1, sync.MaxConcurrent);
        Assert.Equal(2, sync.Runs.Count); // the start, then one run for the three wakes
    }

    [Fact]
    public async Task FailingRun_IsLogged_AndTheNextIntervalStillRuns()
    {
        var (scheduler, clock, sync, logger) = Create("CUSTOMER");
        sync.FailNext = 1;
        await scheduler.StartAsync(Ct);
        await sync.WaitForStartsAsync(1);

        await clock.WaitForTimersAsync(1);
        clock.Advance(Interval);
        await sync.WaitForRunsAsync(1);
        await scheduler.StopAsync(Ct);

        Assert.Equal(2, sync.Starts);
        var error = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Equal(1211, error.EventId.Id);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public async Task EveryFinishedRun_GoesToTheObserver_AndAFailingObserverIsLogged_WithoutStoppingTheNextRun()
    {
        var observer = new RecordingObserver { FailFirst = true };
        var (scheduler, clock, sync, logger) = Create(true, observer, "CUSTOMER", "CONTACT");
        sync.FailNext = 1;

        await scheduler.StartAsync(Ct);
        await sync.WaitForRunsAsync(1);
        await clock.WaitForTimersAsync(1);
        clock.Advance(Interval);
        await sync.WaitForRunsAsync(3);
        for (var waited = 0; observer.Reports.Count < 3 && waited < 10_000; waited += 10)
        {
            await Task.Delay(10, Ct);
        }

        await scheduler.StopAsync(Ct);

        // The first CUSTOMER run failed (no report); CONTACT's report made the observer throw; the next interval's both reached it.
        Assert.Equal(["CONTACT", "CUSTOMER", "CONTACT"], observer.Reports.Select(r => r.Mapping));
        var observerFailure = Assert.Single(logger.Entries, e => e.EventId.Id == 1213);
        Assert.Equal(LogLevel.Error, observerFailure.Level);
    }

    [Fact]
    public async Task Shutdown_CancelsTheRunningRun_AndStopsTheLoop()
    {
        var (scheduler, clock, sync, logger) = Create("CUSTOMER");
        sync.Gate = Task.Delay(Timeout.Infinite, CancellationToken.None);
        await scheduler.StartAsync(Ct);
        await sync.WaitForStartsAsync(1);

        await scheduler.StopAsync(Ct);
        clock.Advance(Interval * 3);
        scheduler.Wake("CUSTOMER");
        await Task.Delay(100, Ct);

        Assert.Equal(1, sync.Starts);
        Assert.True(sync.SawCancellation);
        Assert.DoesNotContain(logger.Entries, e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task Disabled_RunsNothing()
    {
        var (scheduler, clock, sync, _) = Create(enabled: false, "CUSTOMER");

        await scheduler.StartAsync(Ct);
        clock.Advance(Interval * 2);
        await Task.Delay(50, Ct);
        await scheduler.StopAsync(Ct);

        Assert.Equal(0, sync.Starts);
    }

    private static (IncrementalSyncScheduler, WatchedClock, FakeSync, ListLogger) Create(params string[] mappings) => Create(true, mappings);

    private static (IncrementalSyncScheduler, WatchedClock, FakeSync, ListLogger) Create(bool enabled, params string[] mappings) =>
        Create(enabled, new NoIncrementalSyncObserver(), mappings);

    private static (IncrementalSyncScheduler, WatchedClock, FakeSync, ListLogger) Create(bool enabled, IIncrementalSyncObserver observer, params string[] mappings)
    {
        var options = new IncrementalSyncOptions { Enabled = enabled, Interval = Interval };
        foreach (var mapping in mappings)
        {
            options.Mappings.Add(mapping);
        }

        var clock = new WatchedClock();
        var sync = new FakeSync();
        var logger = new ListLogger();
        return (new IncrementalSyncScheduler(sync, observer, MappingCatalog.Default, Options.Create(options), clock, logger), clock, sync, logger);
    }

    /// <summary>
    /// A fake clock that counts the timers made on it: the scheduler reads the time and then makes its timer, so a test
    /// advances the clock only once the scheduler waits on a timer (else the timer would start after the advance).
    /// </summary>
    private sealed class WatchedClock() : FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
    {
        private int _timers;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            Interlocked.Increment(ref _timers);
            return timer;
        }

        public async Task WaitForTimersAsync(int count)
        {
            for (var waited = 0; Volatile.Read(ref _timers) < count; waited += 10)
            {
                Assert.True(waited < 10_000, $"Waited 10 s for the scheduler to wait on timer {count}.");
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }
        }
    }

    /// <summary>Records runs; can hold a run on a gate or make it throw.</summary>
    private sealed class FakeSync : IIncrementalSync
    {
        private readonly ConcurrentQueue<string> _runs = new();
        private int _starts;
        private int _concurrent;
        private int _maxConcurrent;

        public IReadOnlyList<string> Runs => [.. _runs];

        public int Starts => Volatile.Read(ref _starts);

        public int MaxConcurrent => Volatile.Read(ref _maxConcurrent);

        public Task Gate { get; set; } = Task.CompletedTask;

        public int FailNext { get; set; }

        public bool SawCancellation { get; private set; }

        public async Task<IncrementalSyncReport> RunAsync(TableMapping mapping, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _starts);
            var now = Interlocked.Increment(ref _concurrent);
            InterlockedMax(ref _maxConcurrent, now);
            try
            {
                await Gate.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                SawCancellation = true;
                throw;
            }
            finally
            {
                Interlocked.Decrement(ref _concurrent);
            }

            if (FailNext > 0)
            {
                FailNext--;
                throw new InvalidOperationException("the run failed");
            }

            _runs.Enqueue(mapping.Name);
            return new IncrementalSyncReport(mapping.Name, 0, 0, 0, false, 0, 0, 0, 0, 0, 0);
        }

        public Task WaitForRunsAsync(int count) => WaitUntilAsync(() => _runs.Count >= count, $"{count} runs");

        public Task WaitForStartsAsync(int count) => WaitUntilAsync(() => Starts >= count, $"{count} starts");

        private async Task WaitUntilAsync(Func<bool> condition, string what)
        {
            for (var waited = 0; !condition(); waited += 10)
            {
                Assert.True(waited < 10_000, $"Waited 10 s for {what}; saw {Starts} starts, runs {string.Join(", ", Runs)}.");
                await Task.Delay(10, TestContext.Current.CancellationToken);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }

    /// <summary>Keeps the reports it was given; can throw on the first.</summary>
    private sealed class RecordingObserver : IIncrementalSyncObserver
    {
        private readonly ConcurrentQueue<IncrementalSyncReport> _reports = new();

        public IReadOnlyList<IncrementalSyncReport> Reports => [.. _reports];

        public bool FailFirst { get; set; }

        public Task RunCompletedAsync(IncrementalSyncReport report, CancellationToken cancellationToken)
        {
            _reports.Enqueue(report);
            if (FailFirst)
            {
                FailFirst = false;
                throw new InvalidOperationException("Teams is down");
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Keeps every log entry: level, event id, exception.</summary>
    private sealed class ListLogger : ILogger<IncrementalSyncScheduler>
    {
        private readonly ConcurrentQueue<(LogLevel Level, EventId EventId, Exception? Exception)> _entries = new();

        public IReadOnlyList<(LogLevel Level, EventId EventId, Exception? Exception)> Entries => [.. _entries];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _entries.Enqueue((logLevel, eventId, exception));
    }
}
