namespace CouplingBot.Reliability.Tests.Suite;

/// <summary>
/// The secret values the suite hands the product (client secrets, storage keys, signed tokens), written to
/// <c>artifacts/reliability/secrets.txt</c> so the secrets scan can look for each of them in every log. They are the
/// suite's own test values, never real ones.
/// </summary>
public static class KnownSecrets
{
    /// <summary>The file the values go to, one per line.</summary>
    public static string File => Path.Combine(ReliabilityFigures.Folder, "secrets.txt");

    /// <summary>Remembers a secret (values shorter than 12 characters are too common to scan for and are refused).</summary>
    public static async Task RegisterAsync(string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        ArgumentOutOfRangeException.ThrowIfLessThan(secret.Length, 12, nameof(secret));
        Directory.CreateDirectory(ReliabilityFigures.Folder);
        await System.IO.File.AppendAllTextAsync(File, secret.ReplaceLineEndings(" ") + "\n");
    }

    /// <summary>Every registered secret.</summary>
    public static IReadOnlyList<string> All() =>
        System.IO.File.Exists(File) ? [.. System.IO.File.ReadAllLines(File).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)] : [];
}
