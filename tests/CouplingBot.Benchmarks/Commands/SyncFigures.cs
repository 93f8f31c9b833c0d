using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouplingBot.Benchmarks.Commands;

/// <summary>
/// What one sync run measured about itself, printed by the child process as one JSON line after <see cref="Marker"/>.
/// </summary>
/// <param name="Records">Records synchronized: created and coupled (initial), or written to the other side (incremental).</param>
/// <param name="Failed">Records or pairs that failed.</param>
/// <param name="WallSeconds">Time of the sync itself (the host's start-up excluded).</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set (VmHWM) when the sync ended.</param>
/// <param name="Detail">The engine's own report, for the reader.</param>
internal sealed record SyncFigures(int Records, int Failed, double WallSeconds, long PeakWorkingSetBytes, string Detail)
{
    /// <summary>The prefix of the figures' line on standard output.</summary>
    public const string Marker = "BENCHMARK-FIGURES ";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>The line the child prints.</summary>
    public string ToLine() => Marker + JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a line printed by <see cref="ToLine"/>; null for any other line.</summary>
    public static SyncFigures? FromLine(string? line) =>
        line is not null && line.StartsWith(Marker, StringComparison.Ordinal)
            ? JsonSerializer.Deserialize<SyncFigures>(line[Marker.Length..], Json)
            : null;
}
