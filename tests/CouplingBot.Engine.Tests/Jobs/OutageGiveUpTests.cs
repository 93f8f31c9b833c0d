using CouplingBot.Engine.Jobs;
using static CouplingBot.Engine.Tests.Jobs.JobTestData;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>
/// A job pauses while a service does not answer (<see cref="JobOptions.UnreachableRetryDelay"/>), but not for ever: after
/// <see cref="JobOptions.OutageGiveUpAfter"/> the item fails with the outage's message and the job goes on to its end.
/// </summary>
public sealed class OutageGiveUpTests(JobsFixture fixture) : IClassFixture<JobsFixture>, IAsyncLifetime
{
    private const int PausedEventId = 1113;

    public ValueTask InitializeAsync() => new(fixture.ResetSandboxAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task SyncJob_SalesNeverAnswers_PausesThenFailsTheItemsAfterGiveUp_AndCompletes()
    {
        var names = JobNames.Unique();
        var ct = TestContext.Current.CancellationToken;
        await using (var coupler = new JobsHost(fixture, names))
        {
            await CoupleAsync(coupler, count: 2);
        }

        // Nothing listens on port 1: every Sales request is refused, quickly retried, then reported unreachable.
        await using var host = new JobsHost(fixture, names, settings: new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = "http://127.0.0.1:1/",
            ["Dataverse:BaseRetryDelay"] = "00:00:00.010",
            ["Dataverse:MaxRetryDelay"] = "00:00:00.020",
            ["Jobs:UnreachableRetryDelay"] = "00:00:00.100",
            ["Jobs:OutageGiveUpAfter"] = "00:00:03",
        });
        var jobId = await host.Queue.EnqueueAsync(SyncToSales("10000", "20000"), ct);

        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(new JobCounters(Failed: 2), job.Counters);
        var errors = await host.Queue.ErrorsAsync(jobId, ct);
        Assert.Equal(["10000", "20000"], errors.Select(e => e.Record).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Contains("127.0.0.1:1", e.Message, StringComparison.Ordinal));
        // The job waited the outage out (paused, tried again, paused again; 100 ms apart for 3 s) before it failed the items.
        Assert.True(host.Logs.EventIds.Count(id => id == PausedEventId) >= 2, $"{host.Logs.EventIds.Count(id => id == PausedEventId)} pauses logged");
    }
}
