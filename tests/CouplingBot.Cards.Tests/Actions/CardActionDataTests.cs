using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;

namespace CouplingBot.Cards.Tests.Actions;

/// <summary>The JSON Teams sends back (the card's data with input values merged in, all strings) reads into the action records.</summary>
public class CardActionDataTests
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    /// <summary>The data a card's Action.Execute carries, as Teams would echo it back.</summary>
    private static JsonElement SentData(AdaptiveCard card, string verb) =>
        AdaptiveCardJson.ToJsonElement(card).GetProperty("actions").EnumerateArray()
            .Single(a => a.GetProperty("verb").GetString() == verb)
            .GetProperty("data");

    /// <summary>Merges input values into the data, as Teams does.</summary>
    private static JsonElement Merge(JsonElement data, params (string Key, string Value)[] inputs)
    {
        var merged = data.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        foreach (var (key, value) in inputs)
        {
            merged[key] = value;
        }

        return JsonSerializer.SerializeToElement(merged);
    }

    [Fact]
    public void Read_SetUpCardDataWithInputs_ReadsEveryValue()
    {
        var card = CouplingCards.SetUp(SampleCards.Cannon, SampleCards.Candidates);
        var data = Merge(
            SentData(card, CardVerbs.SetUpCoupling),
            (CardInputIds.AccountId, "8e1b7a1c-0000-4000-8000-000000000002"),
            (CardInputIds.SyncAfterCoupling, "true"),
            (CardInputIds.Direction, "fromSales"));

        var action = CardActionData.Read<SetUpCouplingAction>(data);

        Assert.Equal(new SetUpCouplingAction("10000", "8e1b7a1c-0000-4000-8000-000000000002", "true", "fromSales"), action);
        Assert.True(action!.ShouldSync);
        Assert.Equal(SyncDirectionChoice.FromSales, action.ChosenDirection);
    }

    [Fact]
    public void Read_SetUpWithoutInputs_LeavesThemNull()
    {
        var action = CardActionData.Read<SetUpCouplingAction>(Parse("""{"customerNumber":"10000"}"""));

        Assert.Equal(new SetUpCouplingAction("10000", null, null, null), action);
        Assert.False(action!.ShouldSync);
        Assert.Null(action.ChosenDirection);
    }

    [Fact]
    public void Read_SetUpToggleOff_ShouldNotSync()
    {
        var action = CardActionData.Read<SetUpCouplingAction>(Parse("""{"customerNumber":"10000","accountId":"a","syncAfterCoupling":"false","direction":"toSales"}"""));

        Assert.False(action!.ShouldSync);
        Assert.Equal(SyncDirectionChoice.ToSales, action.ChosenDirection);
    }

    [Fact]
    public void Read_SyncCardDataWithDirection_ReadsSyncNowAction()
    {
        var card = SyncCards.Synchronize(SampleCards.Cannon, SampleCards.Coupled);
        var data = Merge(SentData(card, CardVerbs.SyncNow), (CardInputIds.Direction, "toSales"));

        var action = CardActionData.Read<SyncNowAction>(data);

        Assert.Equal(new SyncNowAction("10000", "toSales"), action);
        Assert.Equal(SyncDirectionChoice.ToSales, action!.ChosenDirection);
    }

    [Theory]
    [InlineData(CardVerbs.ShowSetUpCoupling)]
    [InlineData(CardVerbs.ShowSync)]
    [InlineData(CardVerbs.RemoveCoupling)]
    public void Read_RecordCardData_ReadsCustomerAction(string verb)
    {
        var card = verb == CardVerbs.ShowSetUpCoupling
            ? CustomerCards.Record(SampleCards.Cannon, null)
            : CustomerCards.Record(SampleCards.Cannon, SampleCards.Coupled);

        var action = CardActionData.Read<CustomerAction>(SentData(card, verb));

        Assert.Equal(new CustomerAction("10000"), action);
    }

    [Fact]
    public void Read_ResultCardData_ReadsCustomerAction()
    {
        var card = SyncCards.Result(SampleCards.Cannon, SampleCards.Coupled, SampleCards.ResultInStep);

        var action = CardActionData.Read<CustomerAction>(SentData(card, CardVerbs.ShowSync));

        Assert.Equal(new CustomerAction("10000"), action);
    }

    [Fact]
    public void Read_UnknownPropertiesAndOtherCase_AreTolerated()
    {
        var action = CardActionData.Read<SyncNowAction>(Parse("""{"CustomerNumber":"10000","Direction":"FromSales","extra":1}"""));

        Assert.Equal(SyncDirectionChoice.FromSales, action!.ChosenDirection);
    }

    [Fact]
    public void Read_NotAnObject_ReturnsNull()
    {
        Assert.Null(CardActionData.Read<CustomerAction>(Parse("\"10000\"")));
    }

    [Fact]
    public void CardVerbs_All_AreDistinct()
    {
        Assert.Equal(15, CardVerbs.All.Distinct(StringComparer.Ordinal).Count());
    }
}
