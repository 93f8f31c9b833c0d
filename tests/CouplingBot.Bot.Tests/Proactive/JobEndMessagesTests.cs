using CouplingBot.Bot.Proactive;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Tests.Proactive;

public sealed class JobEndMessagesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Summary_OneRecordSynchronizedFromSales()
    {
        var job = Job(JobRequest.For(JobKind.Sync, "CUSTOMER", ["10000"], SyncDirection.FromSales, "Ada"), new JobCounters(Modified: 1));

        Assert.Equal("Synchronize customer 10000 (Sales -> Business Central) finished: 1 modified.", JobEndMessages.Summary(job));
    }

    [Fact]
    public void Summary_AllRecordsCoupled_ListsOnlyWhatHappened()
    {
        var job = Job(JobRequest.ForAll(JobKind.Couple, "CONTACT", SyncDirection.ToSales, "Ada"), new JobCounters(Inserted: 3, Skipped: 2, Coupled: 40));

        Assert.Equal("Couple all uncoupled contacts by match finished: 3 created, 40 coupled, 2 skipped.", JobEndMessages.Summary(job));
    }

    [Fact]
    public void Summary_NothingToDo_SaysSo()
    {
        var job = Job(JobRequest.ForAll(JobKind.Uncouple, "CUSTOMER", SyncDirection.ToSales, "Ada"), new JobCounters());

        Assert.Equal("Uncouple all coupled customers finished: there was nothing to do.", JobEndMessages.Summary(job));
    }

    [Fact]
    public void Summary_FailedWithoutReason_SaysNoneWasRecorded()
    {
        var job = Job(JobRequest.ForAll(JobKind.Sync, "CUSTOMER", SyncDirection.Automatic, "Ada"), new JobCounters()) with { Status = JobStatus.Failed };

        Assert.Equal(
            "Synchronize all coupled customers (both ways) failed: no reason was recorded. Nothing more will be done; send the command again to retry.",
            JobEndMessages.Summary(job));
    }

    [Fact]
    public void FinalCard_IsTheJobsStatusCard_InItsFinalState()
    {
        var job = Job(JobRequest.For(JobKind.Sync, "CUSTOMER", ["10000", "20000"], SyncDirection.ToSales, "Ada"), new JobCounters(Modified: 2));

        var card = new JobEndMessages().FinalCard(job)!.Card!;

        var json = CouplingBot.Cards.Model.AdaptiveCardJson.ToJson(card);
        Assert.Contains("Synchronize 2 customers", json, StringComparison.Ordinal);
        Assert.Contains("Updated", json, StringComparison.Ordinal);
    }

    private static JobInfo Job(JobRequest request, JobCounters counters) =>
        new("job-1", request, request.Records, JobStatus.Completed, counters, counters.Total, T0);
}
