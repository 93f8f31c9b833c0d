using CouplingBot.Benchmarks.Harness;

namespace CouplingBot.Benchmarks.Report;

/// <summary>The scenarios, as the table names them.</summary>
internal static class Scenario
{
    /// <summary>1: every customer created and coupled in Sales by a couple job.</summary>
    public const string Initial = "1 initial full sync";

    /// <summary>2: one incremental run after k customers changed.</summary>
    public const string Incremental = "2 incremental sync";

    /// <summary>3: the same under the scaled-down service-protection limits.</summary>
    public const string Limits = "3 incremental, limits on";

    /// <summary>4: bot turns against the local stack.</summary>
    public const string Latency = "4 bot turn latency";

    /// <summary>5: the sync's peak working set at the largest N.</summary>
    public const string Memory = "5 peak memory";

    /// <summary>All, in table order.</summary>
    public static IReadOnlyList<string> All { get; } = [Initial, Incremental, Limits, Latency, Memory];
}

/// <summary>One line of the table: one measured run (or, for latency and memory, one summary).</summary>
/// <param name="Scenario">One of <see cref="Report.Scenario"/>.</param>
/// <param name="N">Coupled pairs (or customers) in the data set; 0 where it does not apply.</param>
/// <param name="K">Changed records, or turns for latency; null where it does not apply.</param>
/// <param name="Strategy">The engine strategy, or "" for the bot.</param>
internal sealed record ResultRow(string Scenario, int N, int? K, string Strategy)
{
    /// <summary>Requests each service answered during the run.</summary>
    public RequestCounts? Requests { get; init; }

    /// <summary>Records synchronized.</summary>
    public int Records { get; init; }

    /// <summary>Records or pairs that failed.</summary>
    public int Failed { get; init; }

    /// <summary>Wall time of the sync, seconds.</summary>
    public double? WallSeconds { get; init; }

    /// <summary>Peak working set of the sync's process, bytes.</summary>
    public long? PeakBytes { get; init; }

    /// <summary>True when the data afterwards is what it must be (every record synchronized with the right values).</summary>
    public bool? Verified { get; init; }

    /// <summary>Under limits: the records/s the limits allow this strategy (see the doc).</summary>
    public double? CeilingPerSecond { get; init; }

    /// <summary>Latency rows: p50, p95, p99 in milliseconds, "message -&gt; card" or "Action.Execute -&gt; card".</summary>
    public (double P50, double P95, double P99)? LatencyMs { get; init; }

    /// <summary>CouplingBot's requests divided by the anchor's on the same work (Batched rows).</summary>
    public double? RequestRatio { get; init; }

    /// <summary>Targets of the issue this row is judged by, met or missed; "-" when none applies.</summary>
    public string Target { get; init; } = "-";

    /// <summary>Anything the reader must know (a run that timed out, what the engine reported).</summary>
    public string Note { get; init; } = "";

    /// <summary>Requests to both services per synchronized record.</summary>
    public double? RequestsPerRecord => Requests is { } r && Records > 0 ? (double)r.Total / Records : null;

    /// <summary>Records synchronized per second.</summary>
    public double? RecordsPerSecond => WallSeconds is > 0 and var s && Records > 0 ? Records / s : null;

    /// <summary>Under limits: achieved records/s as a fraction of <see cref="CeilingPerSecond"/>.</summary>
    public double? CeilingFraction => RecordsPerSecond is { } rate && CeilingPerSecond is > 0 and var c ? rate / c : null;
}
