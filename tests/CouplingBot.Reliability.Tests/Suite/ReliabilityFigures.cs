using System.Globalization;
using CouplingBot.Testing;

namespace CouplingBot.Reliability.Tests.Suite;

/// <summary>
/// The figures the suite reports (attempts refused, faults injected, duplicates found...): each test appends its own to
/// <c>artifacts/reliability/figures.tsv</c> (area, figure, value), and <c>./test.sh</c> prints the file after the run.
/// Collections run one at a time (xunit.runner.json), so appends never interleave.
/// </summary>
public static class ReliabilityFigures
{
    /// <summary>The suite's output folder: figures, logs, the secrets it used.</summary>
    public static string Folder => RepoPaths.Combine("artifacts", "reliability");

    /// <summary>The file the figures go to.</summary>
    public static string FiguresFile => Path.Combine(Folder, "figures.tsv");

    /// <summary>Appends one figure, e.g. <c>("Auth", "forged requests processed", 0)</c>.</summary>
    public static async Task RecordAsync(string area, string figure, double value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        ArgumentException.ThrowIfNullOrWhiteSpace(figure);
        Directory.CreateDirectory(Folder);
        var line = string.Join('\t', Clean(area), Clean(figure), value.ToString("0.###", CultureInfo.InvariantCulture)) + "\n";
        await File.AppendAllTextAsync(FiguresFile, line);
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ');
}
