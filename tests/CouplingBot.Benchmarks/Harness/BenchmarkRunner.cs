using Azure.Data.Tables;
using CouplingBot.Benchmarks.Commands;
using CouplingBot.Benchmarks.Report;
using CouplingBot.Benchmarks.Seeding;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>
/// Runs every scenario of the benchmark for both strategies and answers the table's rows: seeds each data set,
/// clears the sandbox's statistics before each measured run and reads them after, verifies the data afterwards.
/// </summary>
internal sealed partial class BenchmarkRunner(BenchmarkStack stack, ISyncLauncher launcher, BenchmarkOptions options, Action<string> log)
{
    private readonly List<ResultRow> _rows = [];
    private readonly Dictionary<(string Scenario, string Strategy), int> _timedOutAt = [];
    private IReadOnlyList<SeedCustomer> _generated = [];

    private TableServiceClient Storage => new(stack.Azurite.ConnectionString);

    /// <summary>Runs everything; the rows come in table order, with ratios and targets filled in.</summary>
    public async Task<IReadOnlyList<ResultRow>> RunAsync(CancellationToken cancellationToken)
    {
        _generated = DataSeeder.Generate(options.Sizes.Append(options.LimitsSize).Max());
        foreach (var n in options.Runs(Scenario.Initial) ? options.Sizes : [])
        {
            await GuardAsync(Scenario.Initial, n, () => InitialAsync(n, cancellationToken));
        }

        foreach (var n in options.Runs(Scenario.Incremental) ? options.Sizes : [])
        {
            await GuardAsync(Scenario.Incremental, n, () => IncrementalAsync(Scenario.Incremental, n, options.ChangedCounts, cancellationToken));
        }

        if (options.Runs(Scenario.Limits))
        {
            await GuardAsync(Scenario.Limits, options.LimitsSize,
                () => IncrementalAsync(Scenario.Limits, options.LimitsSize, options.LimitsChangedCounts, cancellationToken));
        }

        if (options.Runs(Scenario.Latency))
        {
            await GuardAsync(Scenario.Latency, 0, () => LatencyAsync(cancellationToken));
        }

        return Summarize();
    }

    /// <summary>Runs one scenario's block; if it breaks, the table gets a row saying how, and the other scenarios still run.</summary>
    private async Task GuardAsync(string scenario, int n, Func<Task> block)
    {
        try
        {
            await block();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log($"  {scenario}, N = {n:N0} broke: {ex.Message}");
            _rows.Add(new ResultRow(scenario, n, null, "") { Note = $"broke, no figures: {ex.GetType().Name}: {ex.Message}" });
        }
    }

    private IReadOnlyList<SeedCustomer> Customers(int n) => [.. _generated.Take(n)];

    /// <summary>
    /// One measured run: statistics cleared, the sync launched, statistics read. A run that times out (or whose strategy
    /// timed out at a smaller N already) becomes a row saying so, with no figures.
    /// </summary>
    private async Task<(ResultRow Row, bool Ran)> MeasureAsync(
        SandboxClient sandbox, ResultRow row, SyncKind kind, string tables, CancellationToken cancellationToken)
    {
        if (_timedOutAt.TryGetValue((row.Scenario, row.Strategy), out var smaller))
        {
            return (row with { Note = $"not run: took over {options.RunTimeout.TotalMinutes:0} min at N = {smaller:N0} already" }, false);
        }

        log($"{row.Scenario}, N = {row.N:N0}, k = {row.K}, {row.Strategy}...");
        await sandbox.ClearStatsAsync(cancellationToken);
        try
        {
            var settings = stack.EngineSettings(sandbox, tables, row.Strategy, runWorker: kind == SyncKind.Initial);
            var figures = await launcher.RunAsync(kind, settings, options.RunTimeout, cancellationToken);
            var requests = await sandbox.StatsAsync(cancellationToken);
            log($"  {figures.Records} records in {figures.WallSeconds:0.0} s, {requests.Total} requests; {figures.Detail}");
            return (row with
            {
                Requests = requests,
                Records = figures.Records,
                Failed = figures.Failed,
                WallSeconds = figures.WallSeconds,
                PeakBytes = figures.PeakWorkingSetBytes,
                Note = figures.Detail,
            }, true);
        }
        catch (TimeoutException)
        {
            _timedOutAt[(row.Scenario, row.Strategy)] = row.N;
            log($"  timed out after {options.RunTimeout.TotalMinutes:0} min");
            return (row with { Note = $"did not finish within {options.RunTimeout.TotalMinutes:0} min (stopped; no figures)" }, false);
        }
    }

    private async Task LatencyAsync(CancellationToken cancellationToken)
    {
        log($"{Scenario.Latency}, {options.LatencyTurns} turns of each kind...");
        var figures = await launcher.LatencyAsync(options.LatencyTurns, options.LatencyWarmUp, options.RunTimeout, cancellationToken);
        var note = figures.Failed == 0 ? "" : $"{figures.Failed} turns got no card";
        _rows.Add(new ResultRow(Scenario.Latency, 0, figures.Turns, "message -> card")
        {
            LatencyMs = (figures.Message[0], figures.Message[1], figures.Message[2]),
            Failed = figures.Failed,
            Note = note,
        });
        _rows.Add(new ResultRow(Scenario.Latency, 0, figures.Turns, "Action.Execute -> card")
        {
            LatencyMs = (figures.Execute[0], figures.Execute[1], figures.Execute[2]),
            Failed = figures.Failed,
            Note = note,
        });
    }
}
