using System.Text.RegularExpressions;
using CouplingBot.Sandbox.Control;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>Reading the sandbox's request journal.</summary>
internal static partial class SandboxJournal
{
    /// <summary>How many account creates the requests carried: one per POST to accounts, one per such part of a <c>$batch</c>.</summary>
    public static int CreatesIn(IEnumerable<JournalEntry> posts) =>
        posts.Sum(p => p.PathAndQuery.Contains("$batch", StringComparison.Ordinal)
            ? CreatePart().Count(p.Body)
            : p.PathAndQuery.Contains("/accounts", StringComparison.Ordinal) ? 1 : 0);

    [GeneratedRegex(@"^POST \S*/accounts\b", RegexOptions.Multiline)]
    private static partial Regex CreatePart();
}
