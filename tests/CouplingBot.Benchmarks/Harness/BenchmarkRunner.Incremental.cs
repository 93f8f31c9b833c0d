using CouplingBot.Benchmarks.Commands;
using CouplingBot.Benchmarks.Report;
using CouplingBot.Benchmarks.Seeding;

namespace CouplingBot.Benchmarks.Harness;

internal sealed partial class BenchmarkRunner
{
    private int _round;

    /// <summary>
    /// Scenarios 2 and 3: N coupled pairs seeded (accounts and couplings), a first run that sets the watermarks (not
    /// measured), then per k and strategy: k customers changed in Business Central, one measured incremental run, the k
    /// accounts checked for the new values, then an unmeasured run that reads the run's own writes back from the Sales
    /// change feed (echoes). Under limits each measured run starts with an empty window.
    /// </summary>
    private async Task IncrementalAsync(SandboxClient sandbox, string scenario, int n, IReadOnlyList<int> changedCounts, CancellationToken cancellationToken)
    {
        var limited = scenario == Scenario.Limits;
        var customers = Customers(n);
        var tables = $"{(limited ? "l" : "n")}{n}";
        log($"Seeding {n:N0} coupled pairs{(limited ? " (limits on)" : "")}...");
        await sandbox.ResetAsync(cancellationToken);
        await DataSeeder.LoadAsync(sandbox, customers, withAccounts: true, cancellationToken);
        await DataSeeder.CoupleAsync(Storage, $"{tables}Couplings", customers, cancellationToken);
        var warmUp = await launcher.RunAsync(SyncKind.Incremental, stack.EngineSettings(sandbox, tables, Strategy.Batched, runWorker: false), options.RunTimeout * 2, cancellationToken);
        log($"  first run (sets the watermarks, not measured): {warmUp.WallSeconds:0.0} s; {warmUp.Detail}");

        foreach (var k in changedCounts.Where(k => k <= n))
        {
            foreach (var strategy in Strategy.Both)
            {
                var round = ++_round;
                await DataSeeder.ChangeAsync(sandbox, customers, k, round, cancellationToken);
                if (limited)
                {
                    await Task.Delay(ScaledLimits.Window, cancellationToken); // the window holds nothing of the last run
                }

                var (row, ran) = await MeasureAsync(sandbox, new ResultRow(scenario, n, k, strategy), SyncKind.Incremental, tables, cancellationToken);
                if (ran)
                {
                    if (limited)
                    {
                        await Task.Delay(ScaledLimits.Window, cancellationToken); // room for the check's reads
                    }

                    var accounts = await sandbox.AccountsAsync(DataSeeder.NumberPrefix, cancellationToken);
                    var verified = customers.Take(k).All(c =>
                        accounts.GetValueOrDefault(c.Number) == $"{DataSeeder.ChangedName(c, round)}|{DataSeeder.ChangedPhone(c, round)}|{c.Email}");
                    row = row with { Verified = verified, CeilingPerSecond = limited ? Ceiling(strategy) : null };
                }

                _rows.Add(row);

                // Our own writes of this run come back in the next run's Sales change feed; an unmeasured run takes them
                // first, so each measured run starts from the same state (only its own k changes pending).
                await launcher.RunAsync(SyncKind.Incremental, stack.EngineSettings(sandbox, tables, Strategy.Batched, runWorker: false), options.RunTimeout, cancellationToken);
            }
        }
    }

    /// <summary>
    /// The records/s the limits allow a strategy: for each service, its allowed requests/s divided by the fewest requests
    /// the strategy must send it per changed record; the smaller of the two. Batched: Business Central 1/1000 (one page
    /// of 1000 changes), Dataverse 2/1000 (one $batch of reads and one of writes per 1000); PerRecord: Business Central
    /// 1/1000, Dataverse 2 (one GET and one PATCH per record). Per-run constants (the delta read) are left out.
    /// </summary>
    internal static double Ceiling(string strategy)
    {
        var rate = ScaledLimits.RequestsPerSecond;
        var (businessCentral, dataverse) = strategy == Strategy.Batched ? (1 / 1000d, 2 / 1000d) : (1 / 1000d, 2d);
        return Math.Min(rate / businessCentral, rate / dataverse);
    }
}
