using System.Globalization;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Sync;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>
/// Item lists larger than one table row holds (1 MB): a job over 100,000 records keeps every number, in order, whether
/// the list is given at enqueue or listed by the worker for an all-records job.
/// </summary>
public sealed class LongItemListTests(JobsFixture fixture) : IClassFixture<JobsFixture>
{
    private static readonly string[] Numbers = [.. Enumerable.Range(1, 100_000).Select(i => "C" + i.ToString("D7", CultureInfo.InvariantCulture))];

    [Fact]
    public async Task Enqueue_100000Numbers_TheJobReadsBackEveryNumberInOrder()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());
        var ct = TestContext.Current.CancellationToken;

        var id = await host.Queue.EnqueueAsync(JobRequest.For(JobKind.Sync, CustomerMapping.Name, Numbers, SyncDirection.ToSales, "alice"), ct);
        var job = (await host.Queue.GetAsync(id, ct))!;

        Assert.Equal(Numbers, job.Items);
        Assert.Equal(Numbers, job.Request.Records);
        Assert.Equal(Numbers, Assert.Single(await host.Queue.ListRecentAsync("alice", 5, ct)).Items);
    }

    [Fact]
    public async Task ListedItems_100000Numbers_AreSavedWithTheJob_AndProgressUpdatesKeepThem()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());
        var ct = TestContext.Current.CancellationToken;
        var store = host.Services.GetRequiredService<JobStore>();
        var id = await host.Queue.EnqueueAsync(JobRequest.Couple(CustomerMapping.Name, null, new MatchCriteria([], CreateNewIfNoMatch: true), "alice"), ct);
        var queued = (await store.GetAsync(id, ct))!;
        Assert.Empty(queued.Items);

        var listed = await store.TryUpdateAsync(queued with { Status = JobStatus.Running, Items = Numbers }, withItems: true, ct);
        var progressed = await store.TryUpdateAsync(listed! with { Checkpoint = 1000 }, withItems: false, ct);
        var read = (await store.GetAsync(id, ct))!;

        Assert.NotNull(progressed);
        Assert.Equal(Numbers, read.Items);
        Assert.Equal((JobStatus.Running, 1000), (read.Status, read.Checkpoint));
    }
}
