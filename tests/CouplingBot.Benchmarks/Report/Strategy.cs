namespace CouplingBot.Benchmarks.Report;

/// <summary>The two strategies compared: the engine's <c>Sync:Strategy</c> values and how the table names them.</summary>
internal static class Strategy
{
    /// <summary>CouplingBot's strategy: <c>$batch</c> reads and writes.</summary>
    public const string Batched = "Batched";

    /// <summary>The anchor's (Business Central's) strategy: one read and one write per record, no batching.</summary>
    public const string PerRecord = "PerRecord";

    /// <summary>Both, CouplingBot's first.</summary>
    public static IReadOnlyList<string> Both { get; } = [Batched, PerRecord];

    /// <summary>The table's label.</summary>
    public static string Label(string strategy) => strategy == Batched ? "CouplingBot" : "anchor";
}
