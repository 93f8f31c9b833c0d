using System.Text;
using CouplingBot.Bot.Conversation;
using CsCheck;

namespace CouplingBot.Reliability.Tests.BadInput;

/// <summary>
/// Chat texts for fuzzing the command parser: valid commands (with the type of command each must parse to), their
/// mutations (case, punctuation, typos, mentions, unicode, control characters, markup, very long texts, empty) and
/// random text.
/// </summary>
internal static class CommandTexts
{
    private static readonly Gen<string> CustomerNumber = Gen.Int[10000, 99999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
    private static readonly Gen<string> ContactNumber = Gen.Int[1, 999999].Select(n => "CT" + n.ToString("000000", System.Globalization.CultureInfo.InvariantCulture));
    private static readonly Gen<string> NameWord = Gen.OneOf<string>("cannon", "adatum", "school of fine art", "trey research", "deerfield");
    private static readonly Gen<string> Direction = Gen.OneOf<string>("to sales", "from sales", "both ways", "to business central", "from crm");

    /// <summary>A valid command and the type of <see cref="Command"/> it means.</summary>
    public static readonly Gen<(string Text, Type Intent)> Valid = Gen.OneOf<(string Text, Type Intent)>(
        CustomerNumber.Select(n => ($"couple customer {n}", typeof(CoupleCommand))),
        ContactNumber.Select(n => ($"couple contact {n}", typeof(CoupleCommand))),
        CustomerNumber.Select(n => ($"create customer {n}", typeof(CreateCommand))),
        CustomerNumber.Select(n => ($"show customer {n}", typeof(ShowCommand))),
        ContactNumber.Select(n => ($"show contact {n}", typeof(ShowCommand))),
        NameWord.Select(w => ($"find customer {w}", typeof(FindCommand))),
        Gen.Select(CustomerNumber, Direction, (n, d) => ($"sync customer {n} {d}", typeof(SyncCommand))),
        CustomerNumber.Select(n => ($"sync customer {n}", typeof(SyncCommand))),
        Gen.Select(CustomerNumber, CustomerNumber, (a, b) => ($"sync customers {a} {b}", typeof(SyncManyCommand))),
        Direction.Select(d => ($"sync all customers {d}", typeof(SyncAllCommand))),
        CustomerNumber.Select(n => ($"uncouple customer {n}", typeof(UncoupleCommand))),
        CustomerNumber.Select(n => ($"undo sync customer {n}", typeof(UndoSyncCommand))),
        ContactNumber.Select(n => ($"retry contact {n}", typeof(RetryCommand))),
        Gen.OneOf<(string, Type)>(("match customers", typeof(MatchCommand)), ("errors", typeof(ErrorsCommand)), ("skipped", typeof(SkippedCommand)),
            ("status", typeof(StatusCommand)), ("status all", typeof(StatusCommand)), ("help", typeof(HelpCommand))),
        Gen.Guid.Select(g => ($"status {g:N}", typeof(StatusCommand))));

    /// <summary>Random text of any UTF-16 code units, surrogates and control characters included.</summary>
    public static readonly Gen<string> Random = Gen.Frequency<string>(
        (3, Gen.Char.Array[0, 60].Select(c => new string(c))),
        (2, Gen.Char[" \tcoupleshowsynctmr0123456789<>/@&;#.,!?"].Array[0, 60].Select(c => new string(c))),
        (1, Gen.OneOf<string>("", " ", "\t\r\n", "\0", "\u00A0", "\uFEFF", "\uD800", "\uDFFF\uD800")));

    /// <summary>A valid command changed by one to three mutations.</summary>
    public static readonly Gen<string> Mutated = Gen.Select(Valid, Mutation.Array[1, 3]).SelectMany(v =>
    {
        var (valid, mutations) = v;
        return Chain(Gen.Const(valid.Text), mutations);
    });

    /// <summary>Random and mutated texts, about a third random.</summary>
    public static readonly Gen<string> Any = Gen.Frequency<string>((1, Random), (2, Mutated));

    /// <summary>What may surround a command without changing it: case, white space, a leading mention, end punctuation.</summary>
    public static Gen<string> Harmless(string command) => Gen.Select(
        Gen.Bool.Array[command.Length], Gen.OneOf<string>("", " ", "  \t", "\n", "\u00A0"), Gen.OneOf<string>("", " ", "\r\n", "\t"),
        Gen.OneOf<string>("", "<at>CouplingBot</at> ", "<at>Coupling Bot</at>\u00A0", "<at>CouplingBot</at>, "), Gen.OneOf<string>("", ".", "!", "?", " ."),
        (upper, before, after, mention, end) =>
        {
            var cased = new string([.. command.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : c)]);
            return before + mention + cased + end + after;
        });

    /// <summary>The command with one edit (delete, insert, substitute, swap) in its first word.</summary>
    public static Gen<string> VerbTypo(string command)
    {
        var end = command.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : command.Length;
        if (end == 0)
        {
            return Gen.Const(command);
        }

        return Gen.Select(Gen.Int[0, 3], Gen.Int[0, end - 1], Gen.Char['a', 'z'], (kind, at, letter) =>
        {
            var word = new StringBuilder(command[..end]);
            switch (kind)
            {
                case 0 when word.Length > 1:
                    word.Remove(at, 1);
                    break;
                case 1:
                    word.Insert(at, letter);
                    break;
                case 2:
                    word[at] = letter;
                    break;
                default:
                    if (at + 1 < word.Length)
                    {
                        (word[at], word[at + 1]) = (word[at + 1], word[at]);
                    }

                    break;
            }

            return word + command[end..];
        });
    }

    private static Gen<string> Chain(Gen<string> text, Func<string, Gen<string>>[] mutations) =>
        mutations.Aggregate(text, (current, mutate) => current.SelectMany(mutate));

    private static Gen<Func<string, Gen<string>>> Mutation => Gen.OneOf<Func<string, Gen<string>>>(
        t => Harmless(t),
        VerbTypo,
        t => InsertAnywhere(t, Gen.OneOf<string>(".", ",", ";", ":", "!", "?", "-", "'", "\"", "(", ")", "[", "]", "...", "!!!")),
        t => InsertAnywhere(t, Gen.OneOf<string>("<at>CouplingBot</at>", "<at>", "</at>", "<at><at>x</at>", "<b>", "</p>", "<", ">", "&amp;", "&lt;at&gt;", "&#0;", "&#x110000;", "&bogus;")),
        t => InsertAnywhere(t, Gen.OneOf<string>("é", "ß", "İ", "ﬀ", "😀", "\u200D", "\u200B", "\u202E", "\uFEFF", "\u0301", "１２３", "٣٤٥", "\uD800", "\uDC00", "\u00A0", "Ω")),
        t => InsertAnywhere(t, Gen.OneOf<string>("\0", "\u0007", "\u001b[31m", "\r\n", "\t", "\u0085", "\u2028", "\b")),
        t => Gen.OneOf<string>("", " ", t[..Math.Min(t.Length, 1)], t.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9')),
        t => t.Length > 1_000 ? Gen.Const(t) : Gen.Int[1, 4].Select(k => k switch
        {
            1 => t + " " + new string('9', 20_000),
            2 => string.Concat(Enumerable.Repeat(t + " ", 2_000)),
            3 => t + new string('x', 30_000),
            _ => string.Concat(Enumerable.Repeat("<at>", 5_000)) + t,
        }));

    private static Gen<string> InsertAnywhere(string text, Gen<string> piece) =>
        Gen.Select(Gen.Int[0, text.Length], piece, (at, p) => text.Insert(at, p));
}
