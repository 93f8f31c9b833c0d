using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;

namespace CouplingBot.Cards.Tests;

public class JobCardsTests
{
    [Fact]
    public void Status_Running_ShowsProgressAndOffersRefresh()
    {
        var card = JobCards.Status(SampleCards.JobRunning);

        Assert.Equal("Job running", card.Texts().First());
        Assert.Contains(new Fact("Progress", "1 of 3"), card.Facts());
        var button = Assert.Single(card.Buttons());
        Assert.Equal((CardVerbs.RefreshJob, new JobIdData(SampleCards.JobRunning.Id)), (button.Verb, button.Data));
    }

    [Fact]
    public void Status_CompletedWithProblems_ShowsCountersAndOffersDetails()
    {
        var card = JobCards.Status(SampleCards.JobDoneWithProblems);

        Assert.Equal("Job finished with problems", card.Texts().First());
        Assert.Contains(new Fact("Failed", "1"), card.Facts());
        Assert.Contains(new Fact("Finished", "12 Mar 2025 at 14:01 UTC"), card.Facts());
        Assert.Equal([CardVerbs.JobDetails], card.Buttons().Select(b => b.Verb));
    }

    [Fact]
    public void Status_CompletedCleanly_HasNoButtons()
    {
        var card = JobCards.Status(SampleCards.JobDoneWithProblems with { Problems = 0, Counters = [new RecordFact("Updated", "3")] });

        Assert.Equal("Job finished", card.Texts().First());
        Assert.Empty(card.Buttons());
    }

    [Fact]
    public void Status_Failed_SaysWhy()
    {
        var card = JobCards.Status(SampleCards.JobFailed);

        Assert.Equal("Job failed", card.Texts().First());
        Assert.Contains(SampleCards.JobFailed.Message, card.Texts());
    }

    [Fact]
    public void Details_OffersRetryOnlyWhereItCanHelp()
    {
        var card = JobCards.Details(SampleCards.JobDoneWithProblems, SampleCards.Problems);

        var retries = card.Elements().OfType<ActionSet>().SelectMany(s => s.Actions).OfType<ActionExecute>().ToList();
        var retry = Assert.Single(retries);
        Assert.Equal((CardVerbs.RetryRecord, new RecordData("customer", "20000")), (retry.Verb, retry.Data));
        Assert.Contains(card.Texts(), t => t.Contains("Skipped after 2 identical failures", StringComparison.Ordinal));
    }

    [Fact]
    public void Confirm_HasConfirmThenCancel()
    {
        var card = SampleCards.Get("JobConfirm");

        Assert.Equal([("Synchronize", CardVerbs.ConfirmJob), ("Cancel", CardVerbs.CancelJob)], card.Buttons().Select(b => (b.Title, b.Verb)));
    }

    [Fact]
    public void Pick_ManyChoices_ShowsTheFirstRowsAndCountsTheRest()
    {
        var choices = Enumerable.Range(1, RecordListCards.MaxRows + 4).Select(i => new RecordChoiceView($"C{i:000}", $"Cannon {i}", null)).ToList();

        var card = RecordListCards.Pick("customer", "cannon", "show", "Show", choices);

        Assert.Equal(RecordListCards.MaxRows, card.Elements().OfType<ActionSet>().Count());
        Assert.Contains("And 4 more. Type more of the name, or the customer number, to narrow it down.", card.Texts());
    }

    [Fact]
    public void MatchPlan_NothingToCouple_HasNothingToConfirm()
    {
        var card = SampleCards.Get("MatchPlan_NothingToCouple");

        Assert.Empty(card.Buttons());
        Assert.Contains(new Fact("30000", "No unique uncoupled matching entity"), card.Facts());
    }

    [Fact]
    public void MatchPlan_WithMatches_ConfirmsACoupleJobOverAllUncoupled()
    {
        var card = SampleCards.Get("MatchPlan");

        var couple = card.Buttons()[0];
        Assert.Equal(CardVerbs.ConfirmJob, couple.Verb);
        Assert.Equal(("couple", "customer", true), couple.Data is JobRequestData d ? (d.Job, d.RecordKind, d.All) : default);
    }
}
