using System.Text.RegularExpressions;

namespace CouplingBot.Testing.Sandbox;

/// <summary>
/// Reads the writes out of a Dataverse <c>$batch</c> body as the sandbox's journal keeps it (multipart text, one
/// <c>PATCH {url} HTTP/1.1</c> line per update), so tests can count the records written, alone or in batches.
/// </summary>
public static partial class BatchBodies
{
    /// <summary>The last path segment (e.g. <c>accounts(id)</c>) of each PATCH part of <paramref name="body"/>.</summary>
    public static IEnumerable<string> PatchedRecords(string body) =>
        PatchLine().Matches(body).Select(m => LastSegment(m.Groups[1].Value));

    /// <summary>The last path segment of a URL or path (<c>.../accounts(id)</c> -> <c>accounts(id)</c>).</summary>
    public static string LastSegment(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path[(path.LastIndexOf('/') + 1)..];
    }

    [GeneratedRegex(@"^PATCH (\S+) HTTP/1\.1", RegexOptions.Multiline)]
    private static partial Regex PatchLine();
}
