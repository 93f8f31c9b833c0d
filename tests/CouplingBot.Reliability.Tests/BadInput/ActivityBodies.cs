using System.Text.Json.Nodes;
using CouplingBot.Cards.Actions;
using CsCheck;

namespace CouplingBot.Reliability.Tests.BadInput;

/// <summary>
/// Bodies for <c>/api/messages</c>: valid activities (a message, a card action) broken at random: fields removed or
/// given the wrong type, unknown types and verbs, forged card data, truncated or random text.
/// </summary>
internal static class ActivityBodies
{
    private static readonly string[] Verbs = [CardVerbs.SetUpCoupling, CardVerbs.SyncNow, CardVerbs.ShowSync, CardVerbs.PickRecord, CardVerbs.ConfirmUncouple,
        CardVerbs.RetryRecord, CardVerbs.ConfirmJob, CardVerbs.CancelJob, CardVerbs.RefreshJob, CardVerbs.JobDetails, CardVerbs.DecideConflicts,
        CardVerbs.CoupleDependency, CardVerbs.CreateInSales, CardVerbs.RemoveCoupling, CardVerbs.ShowSetUpCoupling, "no.such.verb", ""];

    private static readonly string[] Fields = ["type", "id", "serviceUrl", "channelId", "from", "recipient", "conversation", "text", "name", "value", "replyToId", "channelData", "entities", "attachments"];

    private static readonly Gen<JsonNode?> WrongValue = Gen.OneOf<Func<JsonNode?>>(
        () => null, () => JsonValue.Create(42), () => JsonValue.Create(-1.5e308), () => JsonValue.Create(true), () => new JsonArray(1, "a", null),
        () => new JsonObject { ["id"] = 5 }, () => JsonValue.Create(""), () => JsonValue.Create(new string('z', 5_000)),
        () => JsonValue.Create("99999"), () => JsonValue.Create(Guid.NewGuid().ToString()), () => JsonValue.Create("not-a-guid"),
        () => JsonValue.Create("\u0000\uD800<at>x</at>")).Select(f => f());

    private static readonly Gen<JsonObject> CardData = Gen.Select(WrongValue, WrongValue, WrongValue, Gen.Int[10000, 99999], Gen.Bool, (a, b, c, n, real) => new JsonObject
    {
        ["customerNumber"] = real ? JsonValue.Create(n.ToString(System.Globalization.CultureInfo.InvariantCulture)) : a,
        ["accountId"] = b,
        ["direction"] = c,
        ["syncAfterCoupling"] = "maybe",
        ["jobId"] = Guid.NewGuid().ToString(),
        ["kind"] = "customer",
    });

    /// <summary>A valid message or card action, then changed by zero to three random edits, serialized (sometimes truncated).</summary>
    public static readonly Gen<string> Any = Gen.Select(
        Gen.Bool, Gen.OneOf(Verbs), CardData, Gen.Select(Gen.OneOf(Fields), WrongValue, Gen.Bool).Array[0, 3], Gen.Int[0, 9],
        (isMessage, verb, data, edits, ending) =>
        {
            var activity = isMessage ? Message("couple customer 10000") : CardAction(verb, data);
            foreach (var (field, value, remove) in edits)
            {
                if (value is null && remove)
                {
                    activity.Remove(field);
                }
                else
                {
                    activity[field] = value?.DeepClone();
                }
            }

            var json = activity.ToJsonString();
            return ending switch
            {
                0 => json[..(json.Length / 2)],
                1 => json.Replace("\"", "'", StringComparison.Ordinal),
                _ => json,
            };
        });

    /// <summary>A message activity as Teams sends it in a personal chat.</summary>
    public static JsonObject Message(string text)
    {
        var activity = Envelope("message");
        activity["text"] = text;
        return activity;
    }

    /// <summary>An <c>adaptiveCard/action</c> invoke of an Action.Execute with the given verb and data.</summary>
    public static JsonObject CardAction(string verb, JsonNode? data)
    {
        var activity = Envelope("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-activity-1";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        return activity;
    }

    private static JsonObject Envelope(string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = LocalProduct.ServiceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Alex Wilber" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "CouplingBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:personal-chat-1", ["conversationType"] = "personal" },
    };
}
