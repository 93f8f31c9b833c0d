using System.Globalization;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>What one benchmark run measures; <see cref="Parse"/> reads the command line.</summary>
/// <param name="Sizes">N: coupled pairs (incremental) and customers (initial sync).</param>
/// <param name="ChangedCounts">k: changed records per incremental run (only k &lt;= N is run).</param>
/// <param name="LimitsSize">N of the run under enforced limits.</param>
/// <param name="LimitsChangedCounts">k under enforced limits.</param>
/// <param name="LatencyTurns">Measured bot turns of each kind.</param>
/// <param name="LatencyWarmUp">Unmeasured turns first.</param>
/// <param name="RunTimeout">The longest one measured run may take; a run that takes longer is reported as such.</param>
/// <param name="OutputPath">Where the Markdown report goes (null: not written).</param>
/// <param name="InitialMax">The largest N the initial full sync runs at (larger ones get a row saying it was not run).</param>
internal sealed record BenchmarkOptions(
    IReadOnlyList<int> Sizes,
    IReadOnlyList<int> ChangedCounts,
    int LimitsSize,
    IReadOnlyList<int> LimitsChangedCounts,
    int LatencyTurns,
    int LatencyWarmUp,
    TimeSpan RunTimeout,
    string? OutputPath,
    int InitialMax = int.MaxValue)
{
    /// <summary>The sizes.</summary>
    public static BenchmarkOptions Full(string? outputPath) =>
        new([1_000, 10_000, 100_000], [100, 10_000], 10_000, [100, 1_000], 1_000, 50, TimeSpan.FromMinutes(10), outputPath);

    /// <summary>A smoke test: N = 200, k = 20, 50 turns.</summary>
    public static BenchmarkOptions Quick(string? outputPath) =>
        new([200], [20], 200, [20], 50, 5, TimeSpan.FromMinutes(3), outputPath);

    /// <summary>
    /// Reads <c>[--quick] [--sizes 1000,10000] [--k 100,10000] [--limits-n 10000] [--limits-k 100,1000] [--turns 1000]
    /// [--timeout-minutes 10] [--initial-max 10000] [--output docs/performance.md | --no-output]</c>.
    /// </summary>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args, string defaultOutput)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = args.Contains("--quick") ? Quick(defaultOutput) : Full(defaultOutput);
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--quick" => options,
                "--sizes" => options with { Sizes = Numbers(Next()) },
                "--k" => options with { ChangedCounts = Numbers(Next()) },
                "--limits-n" => options with { LimitsSize = Numbers(Next())[0] },
                "--limits-k" => options with { LimitsChangedCounts = Numbers(Next()) },
                "--turns" => options with { LatencyTurns = Numbers(Next())[0] },
                "--timeout-minutes" => options with { RunTimeout = TimeSpan.FromMinutes(Numbers(Next())[0]) },
                "--initial-max" => options with { InitialMax = Numbers(Next())[0] },
                "--output" => options with { OutputPath = Next() },
                "--no-output" => options with { OutputPath = null },
                var other => throw new ArgumentException($"Unknown option {other}."),
            };
        }

        return options;
    }

    private static int[] Numbers(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => int.Parse(t.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture))];
}
