using System.Globalization;
using CouplingBot.Benchmarks.Report;

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
/// <param name="Only">
/// The scenarios to run (<c>--only initial,incremental,limits,latency</c>); null: all. The others get no rows.
/// </param>
internal sealed record BenchmarkOptions(
    IReadOnlyList<int> Sizes,
    IReadOnlyList<int> ChangedCounts,
    int LimitsSize,
    IReadOnlyList<int> LimitsChangedCounts,
    int LatencyTurns,
    int LatencyWarmUp,
    TimeSpan RunTimeout,
    string? OutputPath,
    int InitialMax = int.MaxValue,
    IReadOnlySet<string>? Only = null)
{
    /// <summary>The names <c>--only</c> takes, each for its scenario.</summary>
    private static readonly Dictionary<string, string> ScenarioNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["initial"] = Scenario.Initial,
        ["incremental"] = Scenario.Incremental,
        ["limits"] = Scenario.Limits,
        ["latency"] = Scenario.Latency,
    };

    /// <summary>
    /// The window of CouplingBot's budgets under limits (<see cref="ScaledLimits.BatchedWindow"/>; 2 s for <see cref="Quick"/>,
    /// which checks that the scenario works, not its figures).
    /// </summary>
    public TimeSpan BatchedLimitsWindow { get; init; } = ScaledLimits.BatchedWindow;

    /// <summary>True when <paramref name="scenario"/> (a <see cref="Scenario"/> name) is to run.</summary>
    public bool Runs(string scenario) => Only is null || Only.Contains(scenario);

    /// <summary>The issue's sizes.</summary>
    public static BenchmarkOptions Full(string? outputPath) =>
        new([1_000, 10_000, 100_000], [100, 10_000], 10_000, [100, 1_000], 1_000, 50, TimeSpan.FromMinutes(20), outputPath);

    /// <summary>A smoke test: N = 200, k = 20, 50 turns.</summary>
    public static BenchmarkOptions Quick(string? outputPath) =>
        new([200], [20], 200, [20], 50, 5, TimeSpan.FromMinutes(3), outputPath) { BatchedLimitsWindow = TimeSpan.FromSeconds(2) };

    /// <summary>
    /// Reads <c>[--quick] [--sizes 1000,10000] [--k 100,10000] [--limits-n 10000] [--limits-k 100,1000] [--turns 1000]
    /// [--timeout-minutes 20] [--initial-max 10000] [--only initial,incremental,limits,latency] [--output docs/performance.md | --no-output]</c>.
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
                "--only" => options with { Only = ScenariosNamed(Next()) },
                "--output" => options with { OutputPath = Next() },
                "--no-output" => options with { OutputPath = null },
                var other => throw new ArgumentException($"Unknown option {other}."),
            };
        }

        return options;
    }

    private static HashSet<string> ScenariosNamed(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => ScenarioNames.TryGetValue(t, out var scenario) ? scenario : throw new ArgumentException($"Unknown scenario {t} (--only takes {string.Join(", ", ScenarioNames.Keys)})."))];

    private static int[] Numbers(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => int.Parse(t.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture))];
}
