using System.Text.Json;
using System.Text.RegularExpressions;
using CouplingBot.Bot.Conversation;
using CouplingBot.Bot.Protocol;
using ProtocolActivity = CouplingBot.Bot.Protocol.Activity;

namespace CouplingBot.Bot.Hosting;

public sealed partial class BotTelemetry
{
    /// <summary>The tag with the activity type (<c>message</c>, <c>invoke</c>, ...; anything else is <c>other</c>).</summary>
    public const string ActivityTypeTag = "bot.activity.type";

    /// <summary>The tag with the invoke's name, for invokes.</summary>
    public const string InvokeNameTag = "bot.invoke.name";

    /// <summary>The tag with the parsed command (<c>couple</c>, <c>sync</c>, ...), for messages.</summary>
    public const string CommandTag = "bot.command";

    /// <summary>The tag with the Action.Execute verb, for card actions.</summary>
    public const string VerbTag = "bot.card.verb";

    /// <summary>The tag with how the turn ended: <c>ok</c>, <c>rejected</c> (an invoke answered 4xx/5xx) or <c>error</c>.</summary>
    public const string StatusTag = "turn.status";

    private static readonly string[] KnownTypes =
        [ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.Typing, "conversationUpdate", "installationUpdate", "messageReaction", "event", "endOfConversation"];

    /// <summary>
    /// The turn's tags. Everything that comes from the sender is reduced to a fixed vocabulary: the
    /// command is the kind the parser recognised (not the text), a verb or invoke name is kept only
    /// when it looks like an identifier.
    /// </summary>
    internal static IReadOnlyList<KeyValuePair<string, object?>> TagsOf(ProtocolActivity activity)
    {
        var type = KnownTypes.FirstOrDefault(t => string.Equals(t, activity.Type, StringComparison.OrdinalIgnoreCase)) ?? "other";
        List<KeyValuePair<string, object?>> tags = [new(ActivityTypeTag, type)];
        if (type == ActivityTypes.Message)
        {
            tags.Add(new(CommandTag, CommandKind(CommandParser.Parse(activity.Text))));
        }
        else if (type == ActivityTypes.Invoke)
        {
            tags.Add(new(InvokeNameTag, Identifier(activity.Name)));
            if (activity.Name == ActivityTypes.AdaptiveCardAction)
            {
                tags.Add(new(VerbTag, Identifier(VerbOf(activity.Value))));
            }
        }

        return tags;
    }

    /// <summary><c>CoupleCommand</c> → <c>couple</c>: the command's type, never its arguments.</summary>
    private static string CommandKind(Command command)
    {
        var name = command.GetType().Name;
        return (name.EndsWith("Command", StringComparison.Ordinal) ? name[..^"Command".Length] : name).ToLowerInvariant();
    }

    private static string? VerbOf(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v
        && v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    private static string Identifier(string? value) =>
        value is null ? "none" : IdentifierPattern().IsMatch(value) ? value : "other";

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9./_-]{0,47}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();
}
