using Azure.Data.Tables;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary><see cref="IJobQueue.ListRecentAsync"/> against Azurite: newest first, per requester, stale and old rows tolerated.</summary>
public sealed class RecentJobsTests(JobsFixture fixture) : IClassFixture<JobsFixture>
{
    [Fact]
    public async Task ListRecentAsync_SeveralRequesters_NewestFirstPerRequesterAndForEveryone()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());
        var ct = TestContext.Current.CancellationToken;
        var a1 = await host.Queue.EnqueueAsync(Sync("alice", "10000"), ct);
        var b1 = await host.Queue.EnqueueAsync(Sync("bob", "20000"), ct);
        var a2 = await host.Queue.EnqueueAsync(Sync("alice", "30000"), ct);

        var alice = await host.Queue.ListRecentAsync("alice", 10, ct);
        var bob = await host.Queue.ListRecentAsync("bob", 10, ct);
        var everyone = await host.Queue.ListRecentAsync(null, 10, ct);
        var latestTwo = await host.Queue.ListRecentAsync(null, 2, ct);

        Assert.Equal([a2, a1], alice.Select(j => j.Id));
        Assert.Equal(["30000"], alice[0].Request.Records);
        Assert.Equal([b1], bob.Select(j => j.Id));
        Assert.Equal([a2, b1, a1], everyone.Select(j => j.Id));
        Assert.Equal([a2, b1], latestTwo.Select(j => j.Id));
        Assert.Empty(await host.Queue.ListRecentAsync("carol", 10, ct));
    }

    [Fact]
    public async Task ListRecentAsync_JobProgresses_ListsItsCurrentState()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());
        var ct = TestContext.Current.CancellationToken;
        var id = await host.Queue.EnqueueAsync(Sync("alice", "99999"), ct);
        await host.StartWorkerAsync();
        await host.WaitForEndAsync(id);

        var job = Assert.Single(await host.Queue.ListRecentAsync("alice", 10, ct));

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(1, job.Counters.Total);
    }

    [Fact]
    public async Task ListRecentAsync_JobRowWithoutIndexAndIndexWithoutJob_ListsOnlyIndexedJobs()
    {
        var names = JobNames.Unique();
        await using var host = new JobsHost(fixture, names);
        var ct = TestContext.Current.CancellationToken;
        var id = await host.Queue.EnqueueAsync(Sync("alice", "10000"), ct);
        var table = new TableServiceClient(fixture.StorageConnectionString).GetTableClient(names.Jobs);
        var legacy = new JobInfo("0123456789abcdef0123456789abcdef", Sync("alice", "20000"), ["20000"], JobStatus.Completed, new JobCounters(Modified: 1), 1, DateTimeOffset.UtcNow);
        await table.AddEntityAsync(JobRows.Full("default", legacy), ct);
        var orphan = JobIndexRows.For("default", legacy with { Id = "fedcba9876543210fedcba9876543210", CreatedAt = DateTimeOffset.UtcNow.AddMinutes(1) });
        foreach (var row in orphan)
        {
            await table.AddEntityAsync(row, ct);
        }

        var alice = await host.Queue.ListRecentAsync("alice", 10, ct);
        var everyone = await host.Queue.ListRecentAsync(null, 10, ct);

        Assert.Equal([id], alice.Select(j => j.Id));
        Assert.Equal([id], everyone.Select(j => j.Id));
        Assert.NotNull(await host.Queue.GetAsync(legacy.Id, ct));
    }

    [Fact]
    public async Task ListRecentAsync_CountNotPositive_Throws()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => host.Queue.ListRecentAsync(null, 0, TestContext.Current.CancellationToken));
    }

    private static JobRequest Sync(string requestedBy, string number) =>
        JobRequest.For(JobKind.Sync, CustomerMapping.Name, [number], SyncDirection.ToSales, requestedBy);
}
