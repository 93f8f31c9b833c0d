using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;

namespace CouplingBot.Cards.Tests;

public class RecentJobCardsTests
{
    [Fact]
    public void Recent_JobsInEachState_OneRowAndFittingButtonEach()
    {
        var clean = SampleCards.JobDoneWithProblems with { Id = "clean", Problems = 0, Counters = [new RecordFact("Updated", "3")] };

        var card = JobCards.Recent("Your latest jobs", [SampleCards.JobRunning, SampleCards.JobDoneWithProblems with { Id = "problems" }, clean, SampleCards.JobFailed with { Id = "failed" }], "none");

        Assert.Equal(
            [("Refresh", CardVerbs.RefreshJob, SampleCards.JobRunning.Id), ("Details", CardVerbs.JobDetails, "problems"), ("Open", CardVerbs.RefreshJob, "clean"), ("Open", CardVerbs.RefreshJob, "failed")],
            RowButtons(card).Select(b => (b.Title, b.Verb, ((JobIdData)b.Data!).JobId)));
        Assert.Contains("Running, 1 of 3 · Updated 1", card.Texts());
        Assert.Contains("Finished with problems · Updated 1, Already in step 1, Failed 1", card.Texts());
        Assert.Contains("Megan Bowen, finished 12 Mar 2025 at 14:01 UTC", card.Texts());
        Assert.Contains("Megan Bowen, started 12 Mar 2025 at 14:00 UTC", card.Texts());
        Assert.Contains("Failed", card.Texts());
    }

    [Fact]
    public void Recent_NoJobs_SaysSoWithoutButtons()
    {
        var card = JobCards.Recent("Latest jobs", [], "Nobody has started a job yet.");

        Assert.Equal(["Latest jobs", "Nobody has started a job yet."], card.Texts());
        Assert.Empty(card.Buttons());
        Assert.Empty(RowButtons(card));
        Assert.Equal("Latest jobs: Nobody has started a job yet.", card.FallbackText);
    }

    private static List<ActionExecute> RowButtons(AdaptiveCard card) =>
        [.. card.Elements().OfType<ActionSet>().SelectMany(s => s.Actions).OfType<ActionExecute>()];
}
