using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Views;

namespace CouplingBot.Cards.Tests;

public class CustomerCardsTests
{
    [Fact]
    public void Record_NotCoupled_OffersSetUpCoupling()
    {
        var card = CustomerCards.Record(SampleCards.Cannon, null);

        Assert.Equal("Customer 10000 · The Cannon Group PLC", card.Texts().First());
        Assert.Contains("Not coupled to a Sales account", card.Texts());
        var button = Assert.Single(card.Buttons());
        Assert.Equal(("Set Up Coupling", CardVerbs.ShowSetUpCoupling), (button.Title, button.Verb));
        Assert.Equal(new CustomerData("10000"), button.Data);
    }

    [Fact]
    public void Record_Coupled_OffersSynchronizeAndUncouple()
    {
        var card = CustomerCards.Record(SampleCards.Cannon, SampleCards.Coupled);

        Assert.Contains("Coupled to Sales account Cannon Group", card.Texts());
        Assert.Contains("Last synchronized 12 Mar 2025 at 14:03 UTC: 2 fields updated in Sales", card.Texts());
        Assert.Equal(
            [("Synchronize Now", CardVerbs.ShowSync), ("Uncouple", CardVerbs.RemoveCoupling)],
            card.Buttons().Select(b => (b.Title, b.Verb)));
    }

    [Fact]
    public void Record_CoupledNeverSynced_SaysSo()
    {
        var card = CustomerCards.Record(SampleCards.Cannon, SampleCards.CoupledNeverSynced);

        Assert.Contains("Not synchronized yet.", card.Texts());
    }

    [Fact]
    public void Record_Facts_ShowEveryBusinessCentralFieldAndNeverBlank()
    {
        var card = CustomerCards.Record(SampleCards.Cannon, null);

        Assert.Equal(SampleCards.Cannon.Facts.Select(f => f.Label), card.Facts().Select(f => f.Title));
        Assert.Equal("(empty)", card.Facts().Single(f => f.Title == "E-Mail").Value);
    }

    [Fact]
    public void Record_NullCustomer_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CustomerCards.Record(null!, null));
    }

    [Fact]
    public void Record_NoFacts_StillBuilds()
    {
        var card = CustomerCards.Record(new CustomerView("20000", "Selangorian Ltd.", []), null);

        Assert.Equal("Customer 20000 · Selangorian Ltd.", card.Texts().First());
    }
}
