using System.Text.Json;
using System.Text.Json.Nodes;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;

namespace CouplingBot.Cards.Tests.Model;

public class AdaptiveCardJsonTests
{
    private static JsonObject Serialize(AdaptiveCard card) => JsonNode.Parse(AdaptiveCardJson.ToJson(card))!.AsObject();

    private static JsonObject FirstBody(AdaptiveCard card) => Serialize(card)["body"]![0]!.AsObject();

    [Fact]
    public void ToJson_EmptyCard_WritesTypeSchemaAndVersionFirst()
    {
        var json = AdaptiveCardJson.ToJson(new AdaptiveCard([new TextBlock("Hi")]));

        Assert.StartsWith("""{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_UnsetProperties_AreOmitted()
    {
        var root = Serialize(new AdaptiveCard([new TextBlock("Hi")]) { Actions = [] });

        Assert.Equal(["type", "$schema", "version", "body"], root.Select(p => p.Key));
        Assert.Equal(["type", "text"], root["body"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void ToJson_NullLists_AreOmitted()
    {
        var json = AdaptiveCardJson.ToJson(new AdaptiveCard([new TextBlock("Hi")]) { Actions = null });

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("actions", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_EveryFactoryCard_HasNoNulls()
    {
        Assert.All(SampleCards.All, c => Assert.DoesNotContain(":null", AdaptiveCardJson.ToJson(c.Card), StringComparison.Ordinal));
    }

    [Fact]
    public void ToJson_MsTeamsFullWidth_WritesCapitalFull()
    {
        var root = Serialize(new AdaptiveCard([new TextBlock("Hi")]) { MsTeams = TeamsCardProperties.FullWidth });

        Assert.Equal("Full", (string?)root["msteams"]!["width"]);
    }

    public static TheoryData<CardElement, string> ElementDiscriminators => new()
    {
        { new TextBlock("t"), "TextBlock" },
        { new FactSet([new Fact("a", "b")]), "FactSet" },
        { new ColumnSet([new Column([new TextBlock("t")])]), "ColumnSet" },
        { new Container([new TextBlock("t")]), "Container" },
        { new ActionSet([new ActionExecute("Go", "v")]), "ActionSet" },
        { new InputText("a"), "Input.Text" },
        { new InputToggle("a", "t"), "Input.Toggle" },
        { new InputChoiceSet("a", [new Choice("A", "a")]), "Input.ChoiceSet" },
    };

    [Theory]
    [MemberData(nameof(ElementDiscriminators))]
    public void ToJson_Element_WritesTypeDiscriminatorFirst(CardElement element, string type)
    {
        var body = FirstBody(new AdaptiveCard([element]));

        Assert.Equal(type, (string?)body["type"]);
        Assert.Equal("type", body.First().Key);
    }

    public static TheoryData<CardAction, string> ActionDiscriminators => new()
    {
        { new ActionExecute("Go", "v"), "Action.Execute" },
        { new ActionOpenUrl("Open", new Uri("https://example.com/a")), "Action.OpenUrl" },
        { new ActionShowCard("More", new AdaptiveCard([new TextBlock("t")])), "Action.ShowCard" },
        { new ActionToggleVisibility("Details", [new TargetElement("d")]), "Action.ToggleVisibility" },
    };

    [Theory]
    [MemberData(nameof(ActionDiscriminators))]
    public void ToJson_Action_WritesTypeDiscriminator(CardAction action, string type)
    {
        var root = Serialize(new AdaptiveCard([new TextBlock("t")]) { Actions = [action] });

        Assert.Equal(type, (string?)root["actions"]![0]!["type"]);
    }

    [Fact]
    public void ToJson_Column_WritesColumnType()
    {
        var column = FirstBody(new AdaptiveCard([new ColumnSet([new Column([new TextBlock("t")]) { Width = Column.AutoWidth }])]))["columns"]![0]!;

        Assert.Equal("Column", (string?)column["type"]);
        Assert.Equal("auto", (string?)column["width"]);
    }

    [Fact]
    public void ToJson_Enums_UseSchemaSpelling()
    {
        var text = FirstBody(new AdaptiveCard([
            new TextBlock("t") { Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention, Spacing = Spacing.None, IsSubtle = true, Wrap = true, Separator = true },
        ]));

        Assert.Equal("extraLarge", (string?)text["size"]);
        Assert.Equal("bolder", (string?)text["weight"]);
        Assert.Equal("attention", (string?)text["color"]);
        Assert.Equal("none", (string?)text["spacing"]);
        Assert.True((bool?)text["isSubtle"]);
        Assert.True((bool?)text["separator"]);
    }

    [Fact]
    public void ToJson_ChoiceSetAndExecute_UseSchemaSpelling()
    {
        var root = Serialize(new AdaptiveCard([
            new InputChoiceSet("d", [new Choice("A", "a")]) { Style = ChoiceInputStyle.Expanded, IsRequired = true, ErrorMessage = "Choose", Label = "L" },
            new Container([new TextBlock("t")]) { Style = ContainerStyle.Emphasis },
        ])
        {
            Actions = [new ActionExecute("Go", "v") { Style = ActionStyle.Destructive, AssociatedInputs = AssociatedInputs.None }],
        });

        Assert.Equal("expanded", (string?)root["body"]![0]!["style"]);
        Assert.True((bool?)root["body"]![0]!["isRequired"]);
        Assert.Equal("emphasis", (string?)root["body"]![1]!["style"]);
        Assert.Equal("destructive", (string?)root["actions"]![0]!["style"]);
        Assert.Equal("none", (string?)root["actions"]![0]!["associatedInputs"]);
    }

    [Fact]
    public void ToJson_Toggle_WritesValueOnAndOff()
    {
        var toggle = FirstBody(new AdaptiveCard([new InputToggle("sync", "Sync") { Value = InputToggle.On }]));

        Assert.Equal(["id", "title", "type", "value", "valueOff", "valueOn"], toggle.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal("true", (string?)toggle["valueOn"]);
        Assert.Equal("false", (string?)toggle["valueOff"]);
        Assert.Equal("sync", (string?)toggle["id"]);
    }

    [Fact]
    public void ToJson_ExecuteData_WritesRuntimeTypeInCamelCase()
    {
        var root = Serialize(new AdaptiveCard([new TextBlock("t")]) { Actions = [new ActionExecute("Go", CardVerbs.SetUpCoupling) { Data = new SetUpCouplingData("10000") }] });

        Assert.Equal("""{"customerNumber":"10000"}""", root["actions"]![0]!["data"]!.ToJsonString());
        Assert.Equal("coupling.setUp", (string?)root["actions"]![0]!["verb"]);
    }

    [Fact]
    public void ToJson_NonAsciiText_IsNotEscaped()
    {
        var json = AdaptiveCardJson.ToJson(new AdaptiveCard([new TextBlock("Customer 10000 · Müller")]));

        Assert.Contains("Customer 10000 · Müller", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonElement_EqualsToJson()
    {
        var card = CustomerCards.Record(SampleCards.Cannon, SampleCards.Coupled);

        Assert.Equal(AdaptiveCardJson.ToJson(card), JsonSerializer.Serialize(AdaptiveCardJson.ToJsonElement(card), AdaptiveCardJson.Options));
    }
}
