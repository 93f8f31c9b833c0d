using System.Text.Json;
using CouplingBot.Bot.ComposeExtension;
using CouplingBot.Cards.ComposeExtension;
using CouplingBot.Cards.Model;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Records;
using CouplingBot.Testing.AdaptiveCards;

namespace CouplingBot.Bot.Tests.ComposeExtension;

public class ComposeCardsTests
{
    private static readonly EntityRecord Teal = new("c1", new Dictionary<string, string?>
    {
        ["number"] = "CT000001",
        ["displayName"] = "Mr. Andy Teal",
        ["companyName"] = "The Cannon Group PLC",
        ["jobTitle"] = "Purchasing Manager",
        ["email"] = "andy.teal@cannongroup.example",
        ["phoneNumber"] = "",
    }, DateTimeOffset.UnixEpoch, "W/\"1\"");

    private static readonly EntityRecord Account = new("a1", new Dictionary<string, string?>
    {
        ["name"] = "Fourth Coffee (sample)",
        ["address1_city"] = "Redmond",
        ["telephone1"] = null,
    }, DateTimeOffset.UnixEpoch, "W/\"1\"");

    private static readonly Coupling TealCoupling = new("CONTACT", "c1", "s1", "CT000001", "Andy Teal", DateTimeOffset.UnixEpoch, "Alex");

    [Fact]
    public void Contact_NotCoupled_ShowsFieldsAndSaysNotCoupled()
    {
        var card = ComposeCards.Contact(ComposeViews.Contact(Teal, null));

        var texts = Texts(card);
        Assert.Equal("Contact CT000001 · Mr. Andy Teal", texts[0]);
        Assert.Contains("Not coupled to a Sales contact", texts);
        Assert.Contains("The Cannon Group PLC", texts);
        Assert.DoesNotContain("Phone", texts);
        Assert.Null(card.Actions);
    }

    [Fact]
    public void Contact_Coupled_NamesTheSalesContact()
    {
        var card = ComposeCards.Contact(ComposeViews.Contact(Teal, TealCoupling));

        Assert.Contains("Coupled to Sales contact Andy Teal", Texts(card));
        Assert.Contains("coupled to Sales contact Andy Teal", card.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public void SalesRecord_Account_SaysNotCoupledToACustomer()
    {
        var card = ComposeCards.SalesRecord(ComposeViews.Account(Account));

        var texts = Texts(card);
        Assert.Equal("Fourth Coffee (sample)", texts[0]);
        Assert.Contains("Dynamics 365 Sales account", texts);
        Assert.Contains("Not coupled to a Business Central customer", texts);
        Assert.Contains("Redmond", texts);
    }

    [Fact]
    public async Task EveryComposeCard_PassesTheRendererWithTheTeamsHostConfig()
    {
        var cards = new[]
        {
            ComposeCards.Contact(ComposeViews.Contact(Teal, null)),
            ComposeCards.Contact(ComposeViews.Contact(Teal, TealCoupling)),
            ComposeCards.SalesRecord(ComposeViews.Account(Account)),
            ComposeCards.SalesRecord(ComposeViews.SalesContact(new EntityRecord("s2", new Dictionary<string, string?> { ["fullname"] = "Yvonne McKay" }, DateTimeOffset.UnixEpoch, "W/\"2\""))),
        }.Select(AdaptiveCardJson.ToJsonElement).ToList();

        var results = await AdaptiveCardRenderer.CheckAsync(cards, TestContext.Current.CancellationToken);

        Assert.Equal(cards.Count, results.Count);
        Assert.All(results, r => Assert.True(r.IsValid && r.Warnings.Count == 0, r.ToString()));
        Assert.All(cards, c => Assert.Equal("1.5", c.GetProperty("version").GetString()));
    }

    private static List<string> Texts(AdaptiveCard card)
    {
        var texts = new List<string>();
        Walk(AdaptiveCardJson.ToJsonElement(card), texts);
        return texts;
    }

    private static void Walk(JsonElement element, List<string> texts)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name is "text" or "title" or "value" && property.Value.ValueKind == JsonValueKind.String)
                {
                    texts.Add(property.Value.GetString()!);
                }

                Walk(property.Value, texts);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, texts);
            }
        }
    }
}
