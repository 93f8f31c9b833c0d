using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;

namespace CouplingBot.Cards.Tests;

public class SyncCardsTests
{
    [Fact]
    public void Synchronize_ShowsThePairAndAsksDirection()
    {
        var card = SyncCards.Synchronize(SampleCards.Cannon, SampleCards.Coupled);

        Assert.Equal(
            [("Business Central", "Customer 10000 · The Cannon Group PLC"), ("Sales", "Account Cannon Group"), ("Last synchronized", "12 Mar 2025 at 14:03 UTC")],
            card.Facts().Select(f => (f.Title, f.Value)));
        Assert.Equal("toSales", card.Input<InputChoiceSet>(CardInputIds.Direction).Value);
        var button = Assert.Single(card.Buttons());
        Assert.Equal(("Synchronize Now", CardVerbs.SyncNow), (button.Title, button.Verb));
        Assert.Equal(new CustomerData("10000"), button.Data);
    }

    [Fact]
    public void Synchronize_NeverSynced_SaysNever()
    {
        var card = SyncCards.Synchronize(SampleCards.Cannon, SampleCards.CoupledNeverSynced);

        Assert.Equal("Never", card.Facts().Single(f => f.Title == "Last synchronized").Value);
    }

    [Fact]
    public void Result_WithChanges_ListsEachFieldOldToNew()
    {
        var card = SyncCards.Result(SampleCards.Cannon, SampleCards.Coupled, SampleCards.ResultWithChanges);

        Assert.Equal("Synchronized: Business Central -> Sales", card.Texts().First());
        Assert.Equal(
            [("Phone No.", "0666-666-6666 -> 0121 496 0000"), ("E-Mail", "(empty) -> info@cannon.example")],
            card.Facts().Select(f => (f.Title, f.Value)));
        Assert.Equal(CardVerbs.ShowSync, Assert.Single(card.Buttons()).Verb);
    }

    [Fact]
    public void Result_NoChanges_SaysAlreadyInStep()
    {
        var card = SyncCards.Result(SampleCards.Cannon, SampleCards.Coupled, SampleCards.ResultInStep);

        Assert.Contains("Already in step: nothing to change", card.Texts());
        Assert.Empty(card.Facts());
    }

    [Fact]
    public void Result_OneChange_SaysOneField()
    {
        var result = SampleCards.ResultWithChanges with { Changes = [new FieldChangeView("City", "Birmingham", null)] };

        var card = SyncCards.Result(SampleCards.Cannon, SampleCards.Coupled, result);

        Assert.Contains("1 field changed", card.Texts());
        Assert.Equal("Birmingham -> (empty)", Assert.Single(card.Facts()).Value);
    }
}
