using System.Text.Json.Nodes;

namespace CouplingBot.Testing.Tests.FakeBot;

/// <summary>The one card the fake bot sends: a title, a choice set, a toggle and two buttons.</summary>
internal static class FakeBotCards
{
    public const string ExecuteTitle = "Press me";
    public const string SubmitTitle = "Submit me";
    public const string Verb = "press";

    public static JsonObject Card(string title) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["wrap"] = true },
            new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = "pick",
                ["style"] = "compact",
                ["value"] = "alpha",
                ["choices"] = new JsonArray
                {
                    new JsonObject { ["title"] = "Alpha", ["value"] = "alpha" },
                    new JsonObject { ["title"] = "Beta", ["value"] = "beta" },
                },
            },
            new JsonObject { ["type"] = "Input.Toggle", ["id"] = "flag", ["title"] = "Flag it", ["value"] = "false" },
        },
        ["actions"] = new JsonArray
        {
            new JsonObject { ["type"] = "Action.Execute", ["title"] = ExecuteTitle, ["verb"] = Verb, ["data"] = new JsonObject { ["origin"] = title } },
            new JsonObject { ["type"] = "Action.Submit", ["title"] = SubmitTitle, ["data"] = new JsonObject { ["submitted"] = true } },
        },
    };

    public static JsonObject Attachment(JsonObject card) => new()
    {
        ["contentType"] = "application/vnd.microsoft.card.adaptive",
        ["content"] = card,
    };

    /// <summary>The Universal Actions answer that replaces the card in place.</summary>
    public static JsonObject InvokeResponse(JsonObject card) => new()
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.card.adaptive",
        ["value"] = card,
    };
}
