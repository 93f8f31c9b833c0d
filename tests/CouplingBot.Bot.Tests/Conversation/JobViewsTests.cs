using CouplingBot.Bot.Conversation;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Tests.Conversation;

public class JobViewsTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 12, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_RunningListedJob_ShowsProgressOfTheListAndOnlyNonZeroCounters()
    {
        var request = JobRequest.For(JobKind.Sync, "CUSTOMER", ["10000", "20000", "30000"], SyncDirection.ToSales, "Megan");
        var job = new JobInfo("j1", request, request.Records, JobStatus.Running, new JobCounters(Modified: 1, Failed: 1), 2, At);

        var view = JobViews.Of(job);

        Assert.Equal("Synchronize 3 customers (Business Central -> Sales)", view.What);
        Assert.Equal((JobState.Running, 2, (int?)3, 1), (view.State, view.Processed, view.Total, view.Problems));
        Assert.Equal([new RecordFact("Updated", "1"), new RecordFact("Failed", "1")], view.Counters);
        Assert.Null(view.FinishedAt);
    }

    [Fact]
    public void Of_AllRecordsJobNotListedYet_HasNoTotal()
    {
        var job = new JobInfo("j2", JobRequest.ForAll(JobKind.Sync, "CONTACT", SyncDirection.FromSales, "Megan"), [], JobStatus.Queued, new JobCounters(), 0, At);

        var view = JobViews.Of(job);

        Assert.Null(view.Total);
        Assert.Equal("Synchronize all coupled contacts (Sales -> Business Central)", view.What);
    }

    [Fact]
    public void Of_FailedJob_CarriesTheMessageAndFinishTime()
    {
        var job = new JobInfo("j3", JobRequest.ForAll(JobKind.Uncouple, "CUSTOMER", SyncDirection.ToSales, "Megan"), [], JobStatus.Failed, new JobCounters(), 0, At,
            FinishedAt: At.AddMinutes(1), Message: "Poison message.");

        var view = JobViews.Of(job);

        Assert.Equal((JobState.Failed, "Poison message.", (DateTimeOffset?)At.AddMinutes(1)), (view.State, view.Message, view.FinishedAt));
        Assert.Equal("Uncouple all coupled customers", view.What);
    }

    [Fact]
    public void Problem_SkippedOrNonSyncItems_OfferNoRetry()
    {
        var sync = JobRequest.For(JobKind.Sync, "CUSTOMER", ["20000"], SyncDirection.ToSales, "Megan");
        var error = new JobError("j1", 0, "20000", "Refused.", At);

        Assert.True(JobViews.Problem(sync, error, canRetry: true).CanRetry);
        Assert.False(JobViews.Problem(sync, error, canRetry: false).CanRetry);
        Assert.False(JobViews.Problem(sync with { Kind = JobKind.Uncouple }, error, canRetry: true).CanRetry);
    }
}
