using System.Globalization;
using CouplingBot.Benchmarks.Report;

namespace CouplingBot.Benchmarks.Harness;

internal sealed partial class BenchmarkRunner
{
    private const double MaxGrowth = 0.10;
    private const double MaxBusinessCentralPerRecord = 0.01;
    private const double MaxDataversePerRecord = 0.002;
    private const double MaxRatio = 1 / 20d;
    private const int BulkFrom = 1_000;
    private const double MinCeilingFraction = 0.90;
    private const double MaxThrottledShare = 0.01;
    private const double MaxP95Ms = 150;
    private const long MaxPeakBytes = 300L * 1024 * 1024;

    /// <summary>Fills in ratios and targets and adds the peak-memory summary.</summary>
    private List<ResultRow> Summarize()
    {
        var rows = _rows.Select(WithRatio).ToList();
        rows = [.. rows.Select(r => r with { Target = Judge(r, rows) })];
        if (MemoryRow(rows) is { } memory)
        {
            rows.Add(memory);
        }

        return [.. rows.OrderBy(r => Scenario.All.ToList().IndexOf(r.Scenario))];
    }

    private ResultRow WithRatio(ResultRow row) =>
        row.Strategy == Strategy.Batched
        && _rows.FirstOrDefault(a => a.Scenario == row.Scenario && a.N == row.N && a.K == row.K && a.Strategy == Strategy.PerRecord) is { Requests.Total: > 0 } anchor
        && row.Requests is { } mine
            ? row with { RequestRatio = (double)mine.Total / anchor.Requests!.Total }
            : row;

    private static string Judge(ResultRow row, IReadOnlyList<ResultRow> rows)
    {
        if (row.Scenario == Scenario.Latency)
        {
            return row.LatencyMs is { } l ? Verdict([(l.P95 < MaxP95Ms, Invariant($"p95 {l.P95:0.0} ms < {MaxP95Ms} ms"))]) : "-";
        }

        if (row.Strategy != Strategy.Batched || row.Requests is not { } requests || row.Records == 0)
        {
            return "-";
        }

        var checks = new List<(bool Met, string What)>();
        if (row.Scenario == Scenario.Limits)
        {
            // No ceiling: every request the run needs fits in the empty window it starts with, so the limits set no pace.
            if (row.CeilingFraction is { } fraction)
            {
                checks.Add((fraction >= MinCeilingFraction, Invariant($"{fraction:P0} of ceiling >= 90 %")));
            }

            checks.Add((row.Failed == 0, $"{row.Failed} failed = 0"));
            var share = requests.Total == 0 ? 0 : (double)requests.TooManyRequests / requests.Total;
            checks.Add((share <= MaxThrottledShare, Invariant($"429s {share:P1} <= 1 %")));
            return Verdict(checks);
        }

        if (row.RequestRatio is { } ratio)
        {
            checks.Add((ratio <= MaxRatio, Invariant($"{1 / ratio:0.#}x fewer than anchor >= 20x")));
        }

        if (row.Records >= BulkFrom)
        {
            var bc = (double)requests.BusinessCentral.Requests / row.Records;
            var dv = (double)requests.Dataverse.Requests / row.Records;
            checks.Add((bc <= MaxBusinessCentralPerRecord, Invariant($"BC {bc:0.####}/record <= 0.01")));
            checks.Add((dv <= MaxDataversePerRecord, Invariant($"Dataverse {dv:0.####}/record <= 0.002")));
        }

        if (row.Scenario == Scenario.Incremental
            && rows.FirstOrDefault(s => s.Scenario == row.Scenario && s.K == row.K && s.Strategy == row.Strategy && s.N * 10 == row.N) is { Requests.Total: > 0 } smaller)
        {
            var growth = (double)requests.Total / smaller.Requests!.Total - 1;
            checks.Add((growth <= MaxGrowth, Invariant($"requests {growth:+0%;-0%} vs N = {smaller.N:N0} <= +10 %")));
        }

        return checks.Count == 0 ? "-" : Verdict(checks);
    }

    /// <summary>Scenario 5: the largest peak working set of a measured sync at the largest N, per strategy.</summary>
    private static ResultRow? MemoryRow(IReadOnlyList<ResultRow> rows)
    {
        var syncs = rows.Where(r => r.PeakBytes is not null && r.Scenario is Scenario.Initial or Scenario.Incremental).ToList();
        if (syncs.Count == 0)
        {
            return null;
        }

        var n = syncs.Max(r => r.N);
        var mine = syncs.Where(r => r.N == n && r.Strategy == Strategy.Batched).MaxBy(r => r.PeakBytes);
        var anchor = syncs.Where(r => r.N == n && r.Strategy == Strategy.PerRecord).MaxBy(r => r.PeakBytes);
        if (mine is null)
        {
            return null;
        }

        var note = $"largest of the measured syncs at N = {n:N0} ({mine.Scenario}{(mine.K is { } k ? $", k = {k:N0}" : "")})"
            + (anchor is null ? "" : Invariant($"; anchor's largest: {anchor.PeakBytes / 1048576d:0} MB"));
        return new ResultRow(Scenario.Memory, n, mine.K, Strategy.Batched)
        {
            PeakBytes = mine.PeakBytes,
            Target = n >= 100_000
                ? Verdict([(mine.PeakBytes < MaxPeakBytes, Invariant($"{mine.PeakBytes / 1048576d:0} MB < 300 MB"))])
                : "- (the target is at N = 100,000)",
            Note = note,
        };
    }

    private static string Verdict(IReadOnlyList<(bool Met, string What)> checks) =>
        checks.All(c => c.Met)
            ? "met: " + string.Join("; ", checks.Select(c => c.What))
            : "MISSED: " + string.Join("; ", checks.Where(c => !c.Met).Select(c => c.What))
              + (checks.Any(c => c.Met) ? " (met: " + string.Join("; ", checks.Where(c => c.Met).Select(c => c.What)) + ")" : "");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
