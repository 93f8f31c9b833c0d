using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Sync;
using static CouplingBot.Engine.Tests.Jobs.JobTestData;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>Items of a job processed item by item (uncouple), several at a time (<see cref="JobOptions.ItemParallelism"/>).</summary>
public sealed class ItemParallelismTests(JobsFixture fixture) : IClassFixture<JobsFixture>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(fixture.ResetSandboxAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task UncoupleJob_TwoItemsAtATime_ProcessesEachItemOnce_AndCountsEveryOne()
    {
        var log = new ProbeLog();
        var ct = TestContext.Current.CancellationToken;
        await using var host = new JobsHost(fixture, JobNames.Unique(), inner => new ItemProcessorProbe(inner, log), itemParallelism: 2);
        await CoupleAsync(host);
        var request = JobRequest.For(JobKind.Uncouple, CustomerMapping.Name, ["10000", "20000", "30000"], SyncDirection.ToSales, "tester");
        var jobId = await host.Queue.EnqueueAsync(request, ct);

        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(2, log.MaxConcurrentPerJob);
        Assert.Equal(["10000", "20000", "30000"], log.Processed.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(new JobCounters(Uncoupled: 3), job.Counters);
        Assert.Equal(3, job.Checkpoint);
        Assert.Empty(await host.CouplingStore.ListAsync(CustomerMapping.Name, ct).ToListAsync(ct));
        Assert.Single(host.Notifier.Ended);
    }
}
