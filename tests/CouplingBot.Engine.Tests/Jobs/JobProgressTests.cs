using System.Globalization;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Sync;
using Microsoft.Extensions.Time.Testing;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>
/// The runner's progress reports, on a fake clock that each item moves on by two seconds: after a saved checkpoint, at
/// most one per <c>Jobs:ProgressInterval</c> (5 s here), never for the end (the completion notifier has it), and a
/// failing notifier never fails the job.
/// </summary>
public sealed class JobProgressTests(JobsFixture fixture) : IClassFixture<JobsFixture>
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Checkpoints_AreReportedAtMostOncePerInterval_WithTheSavedCounters_AndNotAtTheEnd()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        await using var host = new JobsHost(fixture, JobNames.Unique(), _ => new SteppingProcessor(clock, Step), checkpointEvery: 1, clock: clock);
        var ct = TestContext.Current.CancellationToken;

        var jobId = await host.Queue.EnqueueAsync(Request(7), ct);
        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        // Items end at +2, +4, +6 (5 s since the start: reported), +8, +10, +12 (6 s since: reported), +14 (the end).
        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal([3, 6], host.Progress.Reports.Select(r => r.Checkpoint));
        Assert.All(host.Progress.Reports, r => Assert.Equal((jobId, JobStatus.Running, r.Checkpoint), (r.Id, r.Status, r.Counters.Unchanged)));
        Assert.Single(host.Notifier.Ended);
    }

    [Fact]
    public async Task FailingProgressNotifier_IsLogged_AndTheJobCompletes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        await using var host = new JobsHost(fixture, JobNames.Unique(), _ => new SteppingProcessor(clock, Step), checkpointEvery: 1, clock: clock);
        host.Progress.Fail = true;
        var ct = TestContext.Current.CancellationToken;

        var jobId = await host.Queue.EnqueueAsync(Request(4), ct);
        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        Assert.Equal((JobStatus.Completed, 4), (job.Status, job.Counters.Unchanged));
        Assert.Single(host.Progress.Reports);
        Assert.Contains(1112, host.Logs.EventIds);
    }

    private static JobRequest Request(int count)
    {
        var numbers = Enumerable.Range(1, count).Select(i => (90000 + i).ToString(CultureInfo.InvariantCulture)).ToArray();
        return JobRequest.For(JobKind.Sync, "CUSTOMER", numbers, SyncDirection.ToSales, "tester", null);
    }

    /// <summary>Finds every record unchanged, and moves the clock on by <paramref name="step"/> per item.</summary>
    private sealed class SteppingProcessor(FakeTimeProvider clock, TimeSpan step) : IJobItemProcessor
    {
        public Task<JobItemResult> ProcessAsync(JobItem item, CancellationToken cancellationToken)
        {
            clock.Advance(step);
            return Task.FromResult(new JobItemResult(JobItemOutcome.Unchanged));
        }

        public Task<IReadOnlyList<string>> ListAllAsync(JobRequest request, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<string>>([]);
    }
}
