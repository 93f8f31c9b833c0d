using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Understands chat commands such as <c>couple customer 10000</c> or <c>sync customer 10000 to sales</c>.
/// Forgiving: mentions, case, punctuation and plurals don't matter, "customer" may be left out, and a
/// verb one typo away gets a "did you mean" suggestion rather than a guess.
/// </summary>
public static class CommandParser
{
    private static readonly Dictionary<string, string> Verbs = new(StringComparer.Ordinal)
    {
        ["couple"] = "couple",
        ["sync"] = "sync",
        ["synch"] = "sync",
        ["synchronize"] = "sync",
        ["synchronise"] = "sync",
        ["uncouple"] = "uncouple",
        ["decouple"] = "uncouple",
        ["retry"] = "retry",
        ["show"] = "show",
        ["find"] = "show",
        ["open"] = "show",
        ["help"] = "help",
        ["commands"] = "help",
        ["?"] = "help",
    };

    private static readonly Dictionary<string, string> RecordKinds = new(StringComparer.Ordinal)
    {
        ["customer"] = "customer",
        ["customers"] = "customer",
        ["contact"] = "contact",
        ["contacts"] = "contact",
    };

    /// <summary>Parses one message's text.</summary>
    public static Command Parse(string? text)
    {
        var words = MessageText.Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return new HelpCommand();
        }

        if (!Verbs.TryGetValue(words[0], out var verb))
        {
            return new UnknownCommand(string.Join(' ', words), Suggest(words));
        }

        if (verb == "help")
        {
            return new HelpCommand();
        }

        var rest = words.AsSpan(1);
        var kind = "customer";
        if (rest.Length > 0 && RecordKinds.TryGetValue(rest[0], out var named))
        {
            kind = named;
            rest = rest[1..];
        }

        if (kind != "customer")
        {
            return new UnsupportedRecordCommand(verb, kind);
        }

        if (rest.Length == 0 || DirectionOf(rest) is not null && rest.Length <= 2)
        {
            return new MissingNumberCommand(verb);
        }

        var number = rest[0].ToUpperInvariant();
        return verb switch
        {
            "couple" => new CoupleCommand(number),
            "sync" => new SyncCommand(number, DirectionOf(rest[1..])),
            "uncouple" => new UncoupleCommand(number),
            "retry" => new RetryCommand(number),
            _ => new ShowCommand(number),
        };
    }

    private static SyncDirection? DirectionOf(ReadOnlySpan<string> words) => string.Join(' ', words.ToArray()) switch
    {
        "to sales" or "to crm" or "to dynamics" or "to dataverse" => SyncDirection.ToSales,
        "from sales" or "from crm" or "from dynamics" or "to bc" or "to business central" => SyncDirection.FromSales,
        _ => null,
    };

    private static string? Suggest(string[] words)
    {
        var (closest, distance) = Verbs.Keys
            .Where(k => k.Length >= 4)
            .Select(k => (Verb: k, Distance: Typos.Distance(words[0], k)))
            .MinBy(v => v.Distance);
        return distance <= (closest.Length >= 8 ? 2 : 1)
            ? string.Join(' ', words.Skip(1).Prepend(closest))
            : null;
    }
}
