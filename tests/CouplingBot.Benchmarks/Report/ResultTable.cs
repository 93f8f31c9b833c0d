using System.Globalization;
using System.Text;

namespace CouplingBot.Benchmarks.Report;

/// <summary>The one table of results, as text for the console and as Markdown for the doc (same columns).</summary>
internal static class ResultTable
{
    private static readonly (string Header, Func<ResultRow, string> Cell)[] Columns =
    [
        ("scenario", r => r.Scenario),
        ("N", r => r.N > 0 ? Number(r.N) : ""),
        ("k", r => r.K is { } k ? Number(k) : ""),
        ("strategy", r => r.Strategy is Strategy.Batched or Strategy.PerRecord ? $"{Strategy.Label(r.Strategy)} ({r.Strategy})" : r.Strategy),
        ("BC requests", r => r.Requests is { } q ? Number(q.BusinessCentral.Requests) : ""),
        ("Dataverse requests", r => r.Requests is { } q ? Number(q.Dataverse.Requests) : ""),
        ("requests/record", r => Format(r.RequestsPerRecord, "0.####")),
        ("records/s", r => Format(r.RecordsPerSecond, "0.#")),
        ("wall time", r => r.WallSeconds is { } s ? Format(s, "0.0") + " s" : ""),
        ("peak memory", r => r.PeakBytes is { } b ? Format(b / 1048576d, "0") + " MB" : ""),
        ("429s", r => r.Scenario == Scenario.Limits && r.Requests is { } q ? Number(q.TooManyRequests) : ""),
        ("ceiling (records/s)", r => r.CeilingPerSecond is { } c ? $"{Format(c, "0.#")} ({Format(r.CeilingFraction * 100, "0.#")} %)"
            : r.Scenario == Scenario.Limits && r.Requests is not null ? "none (fits one window)" : ""),
        ("failed", r => r.Requests is not null || r.LatencyMs is not null ? Number(r.Failed) : ""),
        ("p50/p95/p99 ms", r => r.LatencyMs is { } l ? $"{Format(l.P50, "0.0")} / {Format(l.P95, "0.0")} / {Format(l.P99, "0.0")}" : ""),
        ("CouplingBot/anchor requests", r => r.RequestRatio is { } x ? $"{Format(x, "0.####")} ({Format(1 / x, "0.#")}x fewer)" : ""),
        ("data verified", r => r.Verified switch { true => "yes", false => "NO", null => "" }),
        ("target met?", r => r.Target),
    ];

    /// <summary>Aligned text columns, one run per line, notes below.</summary>
    public static string ToText(IReadOnlyList<ResultRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var cells = rows.Select(r => Columns.Select(c => c.Cell(r)).ToArray()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(c.Header.Length, cells.Select(row => row[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var text = new StringBuilder();
        text.AppendLine(string.Join("  ", Columns.Select((c, i) => c.Header.PadRight(widths[i]))).TrimEnd());
        foreach (var row in cells)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
        }

        return text.ToString();
    }

    /// <summary>A Markdown table, followed by the runs' notes as a numbered list.</summary>
    public static string ToMarkdown(IReadOnlyList<ResultRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        text.AppendLine("| # | " + string.Join(" | ", Columns.Select(c => c.Header)) + " |");
        text.AppendLine("| --- | " + string.Join(" | ", Columns.Select(_ => "---")) + " |");
        foreach (var (row, index) in rows.Select((r, i) => (r, i + 1)))
        {
            text.AppendLine($"| {index} | " + string.Join(" | ", Columns.Select(c => c.Cell(row).Replace("|", "\\|", StringComparison.Ordinal))) + " |");
        }

        text.AppendLine();
        text.AppendLine("What each run reported (by row #):");
        text.AppendLine();
        foreach (var (row, index) in rows.Select((r, i) => (r, i + 1)).Where(x => x.r.Note.Length > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{index}. {row.Note}");
        }

        return text.ToString();
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Format(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "";
}
