using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;
using CouplingBot.Engine.Tests.Service;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Engine.Tests.Jobs.JobTestData;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>Couple jobs (match-based, in chunks, creating in batches) against the sandbox and Azurite.</summary>
public sealed class CoupleJobTests(JobsFixture fixture) : IClassFixture<JobsFixture>, IAsyncLifetime
{
    private static readonly TableMapping Mapping = CustomerMapping.Default;

    public ValueTask InitializeAsync() => new(fixture.ResetSandboxAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task CoupleJob_ListedRecords_CouplesUniqueMatchesAndReportsTheRestWithReasons()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique(), mapping: Mapping, chunkSize: 4);
        var ct = TestContext.Current.CancellationToken;
        var twins = await AddAccountsAsync(host, "Guildford Water Department", "Guildford Water Department");
        await fixture.ResetJournalAsync();

        var jobId = await host.Queue.EnqueueAsync(CoupleRequest(["10000", "20000", "30000", "50000", "70000", "99999"], createNew: false), ct);
        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(new JobCounters(Coupled: 3, Skipped: 2, Failed: 1), job.Counters);
        var error = Assert.Single(await host.Queue.ErrorsAsync(jobId, ct));
        Assert.Equal((5, "99999"), (error.Index, error.Record));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
        var skipped = await host.Queue.SkippedAsync(jobId, ct);
        Assert.Equal([(3, "50000"), (4, "70000")], skipped.Select(s => (s.Index, s.Record)));
        Assert.Contains("several matches", skipped[0].Message, StringComparison.Ordinal);
        Assert.All(twins, id => Assert.Contains(id, skipped[0].Message, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(CouplingMatcher.NoUniqueMatch, skipped[1].Message, StringComparison.Ordinal);
        Assert.Equal(SandboxSeed.CannonGroupAccountId.ToString(), (await FindCouplingAsync(host, "10000"))?.SalesId);
        Assert.Empty(await fixture.DataversePostsAsync());
    }

    [Fact]
    public async Task CoupleJob_AllRecords_ListsOnlyUncoupledAndCreatesTheUnmatched()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique(), mapping: Mapping, chunkSize: 4);
        var ct = TestContext.Current.CancellationToken;
        await CoupleAsync(host, count: 1);

        var jobId = await host.Queue.EnqueueAsync(CoupleRequest(null, createNew: true), ct);
        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(["100000", "20000", "30000", "40000", "50000", "60000", "70000", "80000", "90000"], job.Items.Order(StringComparer.Ordinal));
        Assert.Equal(new JobCounters(Inserted: 6, Skipped: 1, Coupled: 2), job.Counters);
        Assert.Contains("filter", Assert.Single(await host.Queue.SkippedAsync(jobId, ct)).Message, StringComparison.Ordinal);
        var blanemark = await FindCouplingAsync(host, "60000");
        Assert.Equal(CreateKeys.SalesKey(Mapping.Name, blanemark!.BusinessCentralId), blanemark.SalesId);
        Assert.Equal("Blanemark Hi-Fi Shop", (await host.Clients.Sales.GetAsync(Mapping.Sales, blanemark.SalesId, ["name"], ct))?["name"]);
        Assert.Equal(SandboxSeed.SelangorianAccountId.ToString(), (await FindCouplingAsync(host, "20000"))?.SalesId);
    }

    [Fact]
    public async Task CreateJob_ManyRecords_CreatesThroughOneBatchPerChunk()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique(), mapping: Mapping, chunkSize: 8);
        var ct = TestContext.Current.CancellationToken;
        var customers = (IBatchRecordClient)host.Clients.BusinessCentral;
        var extra = Enumerable.Range(1, 20).Select(i => new RecordCreate(null, new Dictionary<string, string?> { ["displayName"] = $"Bulk Customer {i:D2}" })).ToList();
        Assert.All(await customers.CreateManyAsync(Mapping.BusinessCentral, extra, ["number"], ct), r => Assert.True(r.Succeeded));
        await fixture.ResetJournalAsync();

        var jobId = await host.Queue.EnqueueAsync(JobRequest.Couple(Mapping.Name, null, new MatchCriteria([], CreateNewIfNoMatch: true), "tester"), ct);
        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        Assert.Equal(30, job.Items.Count);
        Assert.Equal(new JobCounters(Inserted: 29, Skipped: 1), job.Counters);
        var posts = await fixture.DataversePostsAsync();
        Assert.All(posts, p => Assert.EndsWith("$batch", p.PathAndQuery, StringComparison.Ordinal));
        Assert.Equal(4, posts.Count); // 30 items in chunks of 8, one $batch each: not one POST per record
        Assert.Equal(29, SandboxJournal.CreatesIn(posts));
    }

    [Fact]
    public async Task CoupleJob_CrashAfterAChunksWrites_ResumesWithoutCouplingOrCreatingTwice()
    {
        var names = JobNames.Unique();
        var firstLog = new ProbeLog();
        var ct = TestContext.Current.CancellationToken;
        string[] numbers = ["40000", "50000", "60000", "70000", "80000", "90000"];
        string jobId;
        await using (var first = new JobsHost(fixture, names, inner => new ItemProcessorProbe(inner, firstLog, hangAfterIndex: 3), mapping: Mapping, chunkSize: 2))
        {
            jobId = await first.Queue.EnqueueAsync(CoupleRequest(numbers, createNew: true), ct);
            await first.StartWorkerAsync();
            await firstLog.Hung.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);

            // The second chunk created and coupled 60000 and 70000, but the worker dies before it saves the checkpoint.
            await first.CrashWorkerAsync();
            var crashed = await first.Queue.GetAsync(jobId, ct);
            Assert.Equal((JobStatus.Running, 2), (crashed!.Status, crashed.Checkpoint));
            Assert.Equal(4, SandboxJournal.CreatesIn(await fixture.DataversePostsAsync()));
        }

        var secondLog = new ProbeLog();
        await using var second = new JobsHost(fixture, names, inner => new ItemProcessorProbe(inner, secondLog), mapping: Mapping, chunkSize: 2);
        await second.StartWorkerAsync();
        var job = await second.WaitForEndAsync(jobId);

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(["60000", "70000", "80000", "90000"], secondLog.Processed.Select(p => p.Key));
        Assert.Equal(new JobCounters(Inserted: 4, Skipped: 2), job.Counters);
        Assert.All(await second.Queue.SkippedAsync(jobId, ct), s => Assert.Equal("coupled already", s.Message));
        Assert.Equal(6, SandboxJournal.CreatesIn(await fixture.DataversePostsAsync()));
        foreach (var number in numbers)
        {
            var coupling = await FindCouplingAsync(second, number);
            Assert.Equal(CreateKeys.SalesKey(Mapping.Name, coupling!.BusinessCentralId), coupling.SalesId);
        }
    }

    [Fact]
    public async Task SyncAndUncoupleJobs_All_ListTheCouplingsOnly()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());
        var ct = TestContext.Current.CancellationToken;
        await CoupleAsync(host, count: 2);
        await host.StartWorkerAsync();

        var sync = await host.WaitForEndAsync(await host.Queue.EnqueueAsync(JobRequest.ForAll(JobKind.Sync, CustomerMapping.Name, SyncDirection.ToSales, "tester"), ct));
        var uncouple = await host.WaitForEndAsync(await host.Queue.EnqueueAsync(JobRequest.ForAll(JobKind.Uncouple, CustomerMapping.Name, SyncDirection.ToSales, "tester"), ct));

        Assert.Equal(["10000", "20000"], sync.Items);
        Assert.Equal(new JobCounters(Modified: 2), sync.Counters);
        Assert.Equal(["10000", "20000"], uncouple.Items);
        Assert.Equal(new JobCounters(Uncoupled: 2), uncouple.Counters);
        Assert.Null(await FindCouplingAsync(host, "10000"));
    }

    private static JobRequest CoupleRequest(IReadOnlyList<string>? numbers, bool createNew) =>
        JobRequest.Couple(CustomerMapping.Name, numbers, new MatchCriteria(
        [
            new MatchGroup(2, [new MatchField("city", "address1_city"), new MatchField("postalCode", "address1_postalcode")]),
            new MatchGroup(1, [new MatchField("displayName", "name")]),
        ], createNew), "tester", "conversation-ref");

    private static async Task<Coupling?> FindCouplingAsync(JobsHost host, string number)
    {
        var ct = TestContext.Current.CancellationToken;
        var record = await host.Clients.BusinessCentral.QueryAsync(Mapping.BusinessCentral, new RecordQuery(ODataFilter.Equal("number", number), ["number"]), ct).FirstAsync(ct);
        return await host.CouplingStore.FindByBusinessCentralIdAsync(Mapping.Name, record.Id, ct);
    }

    private static async Task<IReadOnlyList<string>> AddAccountsAsync(JobsHost host, params string[] names)
    {
        var ids = new List<string>();
        foreach (var name in names)
        {
            var created = await host.Clients.Sales.CreateAsync(Mapping.Sales, null, new Dictionary<string, string?> { ["name"] = name }, ["name"], TestContext.Current.CancellationToken);
            ids.Add(created.Id);
        }

        return ids;
    }
}
