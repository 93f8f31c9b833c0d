using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Understands chat commands such as <c>couple customer 10000</c>, <c>find contact smith</c>,
/// <c>sync all customers to sales</c> or <c>undo sync customer 10000</c>. Forgiving: mentions, case,
/// punctuation and plurals don't matter, "customer" may be left out, a record word one typo away is
/// read as meant, and a verb one typo away gets a "did you mean" suggestion rather than a guess.
/// </summary>
/// <remarks>
/// A key with a digit is a number (<c>10000</c>, <c>CT000012</c>); words without one are a name to search
/// for. Several numbers or <c>all</c> make a bulk command, which only <c>sync</c> accepts.
/// </remarks>
public static class CommandParser
{
    private static readonly Dictionary<string, string> Verbs = new(StringComparer.Ordinal)
    {
        ["couple"] = "couple",
        ["link"] = "couple",
        ["create"] = "create",
        ["sync"] = "sync",
        ["synch"] = "sync",
        ["synchronize"] = "sync",
        ["synchronise"] = "sync",
        ["synchronization"] = "sync",
        ["synchronisation"] = "sync",
        ["uncouple"] = "uncouple",
        ["decouple"] = "uncouple",
        ["unlink"] = "uncouple",
        ["retry"] = "retry",
        ["undo"] = "undo",
        ["show"] = "show",
        ["open"] = "show",
        ["find"] = "find",
        ["search"] = "find",
        ["lookup"] = "find",
        ["match"] = "match",
        ["status"] = "status",
        ["jobs"] = "status",
        ["errors"] = "errors",
        ["error"] = "errors",
        ["failures"] = "errors",
        ["failed"] = "errors",
        ["skipped"] = "skipped",
        ["help"] = "help",
        ["commands"] = "help",
        ["?"] = "help",
    };

    private static readonly Dictionary<string, RecordKind> KindWords = new(StringComparer.Ordinal)
    {
        ["customer"] = RecordKind.Customer,
        ["customers"] = RecordKind.Customer,
        ["contact"] = RecordKind.Contact,
        ["contacts"] = RecordKind.Contact,
    };

    private static readonly int LongestVerb = Verbs.Keys.Max(k => k.Length);
    private static readonly int LongestKindWord = KindWords.Keys.Max(k => k.Length);

    // Words that carry no meaning in a command: "sync the customer 10000", "show me customer 10000".
    private static readonly HashSet<string> FillerWords = new(StringComparer.Ordinal) { "the", "me", "a", "an", "for", "please", "number", "no" };

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

        var rest = words.Skip(1).Where(w => !FillerWords.Contains(w)).ToList();
        if (verb == "undo" && rest.FirstOrDefault() is { } next && Verbs.GetValueOrDefault(next) == "sync")
        {
            rest.RemoveAt(0);
        }

        var direction = TakeDirection(rest);
        var all = rest.Remove("all") | rest.Remove("every");
        var kind = TakeKind(rest);
        return verb switch
        {
            "help" => new HelpCommand(),
            "status" => Status(rest, all),
            "errors" => new ErrorsCommand(kind),
            "skipped" => new SkippedCommand(kind),
            "match" => new MatchCommand(kind),
            _ => ForRecords(verb, kind, rest, all, direction),
        };
    }

    // "status", "status my jobs", "status all jobs", "status 3f2a...": words about jobs in general are not an id.
    private static StatusCommand Status(List<string> rest, bool all)
    {
        rest.RemoveAll(w => w is "job" or "jobs" or "my" or "mine" or "recent" or "latest" or "of");
        return new StatusCommand(rest.Count == 1 ? rest[0] : null, all);
    }

    private static Command ForRecords(string verb, RecordKind kind, List<string> keys, bool all, SyncDirection? direction)
    {
        var example = Example(verb, kind);
        if (all)
        {
            return verb == "sync"
                ? new SyncAllCommand(kind, direction)
                : new InvalidCommand($"Only sync works on all {Plural(kind)} at once; for match-based coupling send \"match {Plural(kind)}\". Otherwise name one {Noun(kind)}, for example \"{example}\".");
        }

        if (keys.Count == 0)
        {
            return new MissingNumberCommand(verb, kind);
        }

        var isName = !keys.Any(k => k.Any(char.IsDigit));
        if (!isName && keys.Count > 1)
        {
            return verb == "sync" && keys.All(k => k.Any(char.IsDigit))
                ? new SyncManyCommand(kind, [.. keys.Select(k => k.ToUpperInvariant()).Distinct(StringComparer.Ordinal)], direction)
                : new InvalidCommand($"Name one {Noun(kind)} at a time, for example \"{example}\". Only sync takes several numbers: \"sync {Plural(kind)} 10000 20000\".");
        }

        var record = isName ? new RecordRef(kind, string.Join(' ', keys), IsName: true) : new RecordRef(kind, keys[0].ToUpperInvariant());
        return verb switch
        {
            "couple" => new CoupleCommand(record),
            "create" => new CreateCommand(record),
            "sync" => new SyncCommand(record, direction),
            "uncouple" => new UncoupleCommand(record),
            "retry" => new RetryCommand(record),
            "undo" => new UndoSyncCommand(record),
            _ when record.IsName => new FindCommand(kind, record.Key),
            _ => new ShowCommand(record),
        };
    }

    /// <summary>An example of the verb for the kind, e.g. <c>couple contact CT000012</c>.</summary>
    public static string Example(string verb, RecordKind kind) =>
        $"{(verb == "undo" ? "undo sync" : verb)} {Noun(kind)} {(kind == RecordKind.Contact ? "CT000012" : "10000")}";

    /// <summary>"customer" or "contact".</summary>
    public static string Noun(RecordKind kind) => kind == RecordKind.Contact ? "contact" : "customer";

    /// <summary>"customers" or "contacts".</summary>
    public static string Plural(RecordKind kind) => Noun(kind) + "s";

    // Takes a trailing "to sales" / "from sales" / "both ways" (and their synonyms) off the words.
    private static SyncDirection? TakeDirection(List<string> words)
    {
        if (words.Count > 0 && words[^1] is "merge" or "both")
        {
            words.RemoveAt(words.Count - 1);
            return SyncDirection.Automatic;
        }


        for (var length = Math.Min(3, words.Count); length >= 2; length--)
        {
            var tail = string.Join(' ', words.Skip(words.Count - length));
            SyncDirection? direction = tail switch
            {
                "to sales" or "to crm" or "to dynamics" or "to dataverse" or "from bc" or "from business central" => SyncDirection.ToSales,
                "from sales" or "from crm" or "from dynamics" or "from dataverse" or "to bc" or "to business central" => SyncDirection.FromSales,
                "both ways" or "both directions" or "two ways" => SyncDirection.Automatic,
                _ => null,
            };
            if (direction is not null)
            {
                words.RemoveRange(words.Count - length, length);
                return direction;
            }
        }

        return null;
    }

    // Takes the first word if it names a kind of record (a typo away counts: "custmer"); customers by default.
    private static RecordKind TakeKind(List<string> words)
    {
        if (words.Count == 0 || words[0].Any(char.IsDigit))
        {
            return RecordKind.Customer;
        }

        // An edit distance is at least the difference in length, and computing one fills a table the size of both
        // words: a word longer than every kind word plus one is no typo of one, and a long pasted word stays cheap.
        var word = words[0];
        if (word.Length > LongestKindWord + 1)
        {
            return RecordKind.Customer;
        }

        var match = KindWords.Keys.Select(k => (Word: k, Distance: Typos.Distance(word, k))).MinBy(k => k.Distance);
        if (match.Distance > (word.Length >= 6 ? 1 : 0))
        {
            return RecordKind.Customer;
        }

        words.RemoveAt(0);
        return KindWords[match.Word];
    }

    private static string? Suggest(string[] words)
    {
        // As for kinds: a word longer than every verb plus two is more than two edits from all of them.
        if (words[0].Length > LongestVerb + 2)
        {
            return null;
        }

        var (closest, distance) = Verbs.Keys
            .Where(k => k.Length >= 4)
            .Select(k => (Verb: k, Distance: Typos.Distance(words[0], k)))
            .MinBy(v => v.Distance);
        return distance <= (closest.Length >= 8 ? 2 : 1)
            ? string.Join(' ', words.Skip(1).Prepend(closest))
            : null;
    }
}
