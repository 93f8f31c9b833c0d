using System.Globalization;
using System.Text;

namespace CouplingBot.Engine.Matching;

/// <summary>
/// Compares company names the way a person would: case, punctuation and legal forms
/// ("PLC", "Ltd.", "Inc.", "Co.", a leading "The") do not make two names different.
/// </summary>
public static class NameSimilarity
{
    private static readonly HashSet<string> IgnoredWords = new(StringComparer.Ordinal)
    {
        "the", "plc", "ltd", "limited", "inc", "incorporated", "co", "company", "corp", "corporation",
        "llc", "gmbh", "ag", "sa", "bv", "nv", "sample",
    };

    /// <summary>The significant words of a name, lower case, without punctuation or legal forms.</summary>
    public static IReadOnlyList<string> SignificantWords(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var letters = new StringBuilder(name.Length);
        foreach (var c in name.ToLower(CultureInfo.InvariantCulture))
        {
            letters.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return [.. letters.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !IgnoredWords.Contains(w))];
    }

    /// <summary>
    /// 1 when the significant words are the same, 0 when none are shared; otherwise the Dice
    /// coefficient of the two word sets (2 x shared / total).
    /// </summary>
    public static double Similarity(string? left, string? right)
    {
        var a = SignificantWords(left).ToHashSet(StringComparer.Ordinal);
        var b = SignificantWords(right).ToHashSet(StringComparer.Ordinal);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }
}
