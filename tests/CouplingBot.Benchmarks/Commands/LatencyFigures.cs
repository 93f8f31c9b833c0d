using System.Text.Json;

namespace CouplingBot.Benchmarks.Commands;

/// <summary>Bot turn latencies in milliseconds, printed by the <c>latency</c> sub-command as one JSON line after <see cref="Marker"/>.</summary>
/// <param name="Turns">Measured turns of each kind (warm-up excluded).</param>
/// <param name="Message">message "couple customer &lt;no&gt;" -&gt; the set-up card reaches the connector: p50, p95, p99.</param>
/// <param name="Execute">Action.Execute (adaptiveCard/action invoke) -&gt; the replacing card in the invoke response: p50, p95, p99.</param>
/// <param name="Failed">Turns that got no card.</param>
internal sealed record LatencyFigures(int Turns, double[] Message, double[] Execute, int Failed)
{
    /// <summary>The prefix of the figures' line on standard output.</summary>
    public const string Marker = "BENCHMARK-LATENCY ";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The line the command prints.</summary>
    public string ToLine() => Marker + JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a line printed by <see cref="ToLine"/>; null for any other line.</summary>
    public static LatencyFigures? FromLine(string? line) =>
        line is not null && line.StartsWith(Marker, StringComparison.Ordinal)
            ? JsonSerializer.Deserialize<LatencyFigures>(line[Marker.Length..], Json)
            : null;

    /// <summary>p50, p95 and p99 of <paramref name="samples"/> (nearest rank).</summary>
    public static double[] Percentiles(IReadOnlyCollection<double> samples)
    {
        var sorted = samples.Order().ToArray();
        return sorted.Length == 0 ? [0, 0, 0] : [Rank(0.50), Rank(0.95), Rank(0.99)];

        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }
}
