using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;

namespace CouplingBot.Cards.Tests;

public class CouplingCardsTests
{
    [Fact]
    public void SetUp_WithCandidates_ListsThemBestFirstAndPreselectsTheFirst()
    {
        var card = CouplingCards.SetUp(SampleCards.Cannon, SampleCards.Candidates);

        var accounts = card.Input<InputChoiceSet>(CardInputIds.AccountId);
        Assert.Equal(ChoiceInputStyle.Expanded, accounts.Style);
        Assert.Equal(SampleCards.Candidates[0].AccountId, accounts.Value);
        Assert.Equal(
            ["Cannon Group · 92 · same phone, same city", "Cannon Group Ltd (London, GB) · 71 · similar name", "Canon Supplies · 40"],
            accounts.Choices.Select(c => c.Title));
        Assert.Equal(SampleCards.Candidates.Select(c => c.AccountId), accounts.Choices.Select(c => c.Value));
        Assert.Contains("Not coupled to a Sales account", card.Texts());
        Assert.Contains("Sales accounts that may be this customer", card.Texts());
    }

    [Fact]
    public void SetUp_WithCandidates_AsksSyncAfterCouplingAndDirection()
    {
        var card = CouplingCards.SetUp(SampleCards.Cannon, SampleCards.Candidates);

        var toggle = card.Input<InputToggle>(CardInputIds.SyncAfterCoupling);
        Assert.Equal(("Synchronize after coupling", "true", "false"), (toggle.Title, toggle.ValueOn, toggle.ValueOff));
        var direction = card.Input<InputChoiceSet>(CardInputIds.Direction);
        Assert.Equal(ChoiceInputStyle.Compact, direction.Style);
        Assert.Equal("toSales", direction.Value);
        Assert.Equal(
            [("Business Central -> Sales", "toSales"), ("Sales -> Business Central", "fromSales")],
            direction.Choices.Select(c => (c.Title, c.Value)));
    }

    [Fact]
    public void SetUp_WithCandidates_SubmitsOnlyTheCustomerNumber_OrCreatesNewWithoutTheInputs()
    {
        var buttons = CouplingCards.SetUp(SampleCards.Cannon, SampleCards.Candidates).Buttons().ToList();

        Assert.Equal(("Set Up Coupling", CardVerbs.SetUpCoupling), (buttons[0].Title, buttons[0].Verb));
        Assert.Equal(new SetUpCouplingData("10000"), buttons[0].Data);
        Assert.Equal(("Create new in Sales", CardVerbs.CreateInSales), (buttons[1].Title, buttons[1].Verb));
        Assert.Equal(new RecordData("customer", "10000"), buttons[1].Data);
        Assert.Equal(2, buttons.Count);
    }

    [Fact]
    public void SetUp_NoCandidates_SaysSo_AndOffersOnlyCreateNew()
    {
        var card = CouplingCards.SetUp(SampleCards.Cannon, []);

        Assert.Contains(card.Texts(), t => t.StartsWith("No Sales account looks like this customer", StringComparison.Ordinal));
        Assert.Empty(card.Elements().OfType<CardInput>());
        var button = Assert.Single(card.Buttons());
        Assert.Equal(CardVerbs.CreateInSales, button.Verb);
    }
}
