using CouplingBot.Engine.Jobs;
using static CouplingBot.Engine.Tests.Jobs.JobTestData;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>Crash and resume, and several workers on one queue.</summary>
public sealed class JobResumeTests(JobsFixture fixture) : IClassFixture<JobsFixture>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(fixture.ResetSandboxAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Worker_CrashesMidJob_NextWorkerResumesFromCheckpointWithoutDuplicateWrites()
    {
        var names = JobNames.Unique();
        var firstLog = new ProbeLog();
        var secondLog = new ProbeLog();
        var ct = TestContext.Current.CancellationToken;
        string jobId;
        // Chunks of one item, so the crash falls between two records of the sync job.
        await using (var first = new JobsHost(fixture, names, inner => new ItemProcessorProbe(inner, firstLog, hangAfterIndex: 1), chunkSize: 1))
        {
            await CoupleAsync(first);
            jobId = await first.Queue.EnqueueAsync(SyncToSales("10000", "20000", "30000"), ct);
            await first.StartWorkerAsync();
            await firstLog.Hung.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);

            // Item 1 is written to Sales, but the worker dies before it saves the checkpoint.
            await first.CrashWorkerAsync();
            var crashed = await first.Queue.GetAsync(jobId, ct);
            Assert.Equal(JobStatus.Running, crashed!.Status);
            Assert.Equal(1, crashed.Checkpoint);
            Assert.Equal(2, (await fixture.DataverseWritesAsync()).Count);
        }

        await using var second = new JobsHost(fixture, names, inner => new ItemProcessorProbe(inner, secondLog), chunkSize: 1);
        await second.StartWorkerAsync();
        var job = await second.WaitForEndAsync(jobId);

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(["10000", "20000"], firstLog.Processed.Select(p => p.Key));
        Assert.Equal(["20000", "30000"], secondLog.Processed.Select(p => p.Key));
        Assert.Equal(new JobCounters(Modified: 2, Unchanged: 1), job.Counters);
        var patches = await fixture.DataverseWritesAsync();
        Assert.Equal(3, patches.Count);
        Assert.Equal(3, patches.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task TwoWorkers_OneQueue_EachJobRunsOnceAndNeverConcurrently()
    {
        var names = JobNames.Unique();
        var log = new ProbeLog();
        var ct = TestContext.Current.CancellationToken;
        await using var a = new JobsHost(fixture, names, inner => new ItemProcessorProbe(inner, log), chunkSize: 1);
        await using var b = new JobsHost(fixture, names, inner => new ItemProcessorProbe(inner, log), chunkSize: 1);
        var jobIds = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            jobIds.Add(await a.Queue.EnqueueAsync(SyncToSales("40000", "50000", "60000"), ct));
        }

        await a.StartWorkerAsync();
        await b.StartWorkerAsync();
        var jobs = new List<JobInfo>();
        foreach (var id in jobIds)
        {
            jobs.Add(await a.WaitForEndAsync(id));
        }

        Assert.All(jobs, j => Assert.Equal(JobStatus.Completed, j.Status));
        Assert.All(jobs, j => Assert.Equal(3, j.Counters.Total));
        Assert.Equal(1, log.MaxConcurrentPerJob);
        Assert.Equal(18, log.Processed.Count);
        Assert.Equal(18, log.Processed.Select(p => (p.JobId, p.Index)).Distinct().Count());
        Assert.Equal(6, a.Notifier.Ended.Count + b.Notifier.Ended.Count);
    }
}
