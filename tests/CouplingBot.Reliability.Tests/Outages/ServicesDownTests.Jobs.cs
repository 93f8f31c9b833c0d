using CouplingBot.Cards.Actions;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Reliability.Tests.Suite;
using CouplingBot.Sandbox.Control;
using CouplingBot.Testing.Sandbox;

namespace CouplingBot.Reliability.Tests.Outages;

public sealed partial class ServicesDownTests
{
    private const int JobRecords = 40;
    private static readonly TimeSpan OutageLength = TimeSpan.FromSeconds(4);

    [Fact]
    public Task SyncJob_AzuriteStopsMidJob_ResumesAndCompletes() =>
        JobThroughOutageAsync("RJA", "Azurite", () => fixture.Stack.Azurite.StopAsync(), () => fixture.Stack.Azurite.RestartAsync(TestContext.Current.CancellationToken));

    [Fact]
    public Task SyncJob_TheSandboxStopsMidJob_ResumesAndCompletes() =>
        JobThroughOutageAsync("RJS", "the sandbox", fixture.Stack.StopSandboxAsync, fixture.Stack.StartSandboxAsync);

    /// <summary>
    /// A sync job to Sales over <see cref="JobRecords"/> coupled pairs (in chunks of 4, each <c>$batch</c> slowed down so the
    /// job takes seconds) is started from its confirmation card; once it has checkpointed some chunks the service stops for
    /// <see cref="OutageLength"/> and comes back. The job must complete with every record written exactly once: the
    /// counters account for every item, none failed, and the sandbox's batches wrote each account once.
    /// </summary>
    private async Task JobThroughOutageAsync(string prefix, string service, Func<Task> stop, Func<Task> start)
    {
        var stack = fixture.Stack;
        var pairs = await SeedPairsAsync(prefix, 1, JobRecords);
        var coupling = stack.Service<CouplingService>();
        var mapping = stack.Service<MappingCatalog>()["CUSTOMER"];
        foreach (var pair in pairs)
        {
            var coupled = await coupling.CoupleAsync(mapping, pair.Number, pair.Account.ToString(), "reliability", TestContext.Current.CancellationToken);
            Assert.Equal(CoupleOutcome.Coupled, coupled.Outcome);
        }

        await stack.SlowBatchesAsync(TimeSpan.FromMilliseconds(250));
        stack.ClearJournal();
        var started = await OutageTurns.TapAsync(stack, "start the job", CardVerbs.ConfirmJob,
            new JobRequestData("sync", "customer", [.. pairs.Select(p => p.Number)], All: false, "toSales"));
        Assert.Equal(200, started.Status);
        var jobs = stack.Service<IJobQueue>();
        var job = (await jobs.ListRecentAsync(null, 1, TestContext.Current.CancellationToken))[0];
        Assert.Equal(JobRecords, job.Items.Count);

        job = await WaitForJobAsync(jobs, job.Id, j => j.Checkpoint >= 12 || j.IsFinished);
        Assert.False(job.IsFinished, "The job finished before the outage: nothing was interrupted.");
        await stop();
        await Task.Delay(OutageLength, TestContext.Current.CancellationToken);
        await start();
        job = await WaitForJobAsync(jobs, job.Id, j => j.IsFinished);
        await stack.ClearFaultsAsync();

        var writes = SalesWrites(stack.Journal("dataverse", "POST"));
        var perAccount = pairs.Select(p => writes.Count(w => w.Contains(p.Account.ToString(), StringComparison.OrdinalIgnoreCase))).ToList();
        var errors = await jobs.ErrorsAsync(job.Id, TestContext.Current.CancellationToken);
        await ReliabilityFigures.RecordAsync(Area, $"outages simulated ({service} down, mid-job)", 1);
        await ReliabilityFigures.RecordAsync(Area, $"jobs resumed ({service})", job.Status == JobStatus.Completed ? 1 : 0);
        await ReliabilityFigures.RecordAsync(Area, $"job records written ({service})", perAccount.Count(n => n > 0));
        await ReliabilityFigures.RecordAsync(Area, $"duplicate writes ({service})", perAccount.Sum(n => Math.Max(0, n - 1)));
        await ReliabilityFigures.RecordAsync(Area, $"job items failed ({service})", job.Counters.Failed);
        Assert.True(job.Status == JobStatus.Completed, $"{job.Status}: {job.Message}");
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Record}: {e.Message}")));
        // An item the outage interrupted after its write (e.g. while saving the coupling's sync state) is tried again and
        // found in step (Unchanged); items after the checkpoint of a lapsed lease run again the same way. Written once all the same.
        Assert.Equal(JobRecords, job.Counters.Modified + job.Counters.Unchanged);
        Assert.Equal(JobRecords, job.Counters.Total);
        Assert.All(perAccount, n => Assert.Equal(1, n));
        foreach (var pair in pairs)
        {
            Assert.Equal("02000000", (await stack.AccountAsync(pair.Account)).GetProperty("telephone1").GetString());
        }
    }

    private static async Task<JobInfo> WaitForJobAsync(IJobQueue jobs, string id, Func<JobInfo, bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        while (true)
        {
            if (await jobs.GetAsync(id, timeout.Token) is { } job && condition(job))
            {
                return job;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    // The paths of the account PATCHes the sandbox carried out (2xx), across its restarts.
    // The accounts written by the $batch requests the sandbox answered (a sync job writes a chunk in one batch).
    private static List<string> SalesWrites(IReadOnlyList<JournalEntry> journal) =>
        [.. journal.Where(e => e.Status is >= 200 and < 300 && e.PathAndQuery.Contains("$batch", StringComparison.Ordinal)).SelectMany(e => BatchBodies.PatchedRecords(e.Body))];
}
