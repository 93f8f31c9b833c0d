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
    /// change feed (echoes). Without limits both strategies share the open sandbox; under limits each has its own sandbox
    /// (its own budgets, see <see cref="ScaledLimits"/>) and tables, and each measured run starts with an empty window.
    /// </summary>
    private async Task IncrementalAsync(string scenario, int n, IReadOnlyList<int> changedCounts, CancellationToken cancellationToken)
    {
        var limited = scenario == Scenario.Limits;
        var customers = Customers(n);
        var targets = Strategy.Both.ToDictionary(
            s => s, s => limited ? (Sandbox: stack.Limited(s), Tables: $"l{n}{s}") : (Sandbox: stack.Open, Tables: $"n{n}"));
        foreach (var (sandbox, tables) in targets.Values.Distinct())
        {
            log($"Seeding {n:N0} coupled pairs{(limited ? $" (limits on: {Describe(sandbox.Budgets!)})" : "")}...");
            await sandbox.ResetAsync(cancellationToken);
            await DataSeeder.LoadAsync(sandbox, customers, withAccounts: true, cancellationToken);
            var settings = stack.EngineSettings(sandbox, tables, Strategy.Batched, runWorker: false);
            await DataSeeder.CoupleAsync(Storage, $"{tables}Couplings", customers, settings, cancellationToken);
            await EmptyWindowAsync(sandbox, cancellationToken); // the seeding read the records through the API
            var warmUp = await launcher.RunAsync(SyncKind.Incremental, settings, options.RunTimeout * 2, cancellationToken);
            log($"  first run (sets the watermarks, not measured): {warmUp.WallSeconds:0.0} s; {warmUp.Detail}");
        }

        foreach (var k in changedCounts.Where(k => k <= n))
        {
            foreach (var strategy in Strategy.Both)
            {
                var (sandbox, tables) = targets[strategy];
                var round = ++_round;
                await DataSeeder.ChangeAsync(sandbox, customers, k, round, cancellationToken);
                await EmptyWindowAsync(sandbox, cancellationToken); // the window holds nothing of the last run

                var (row, ran) = await MeasureAsync(sandbox, new ResultRow(scenario, n, k, strategy), SyncKind.Incremental, tables, cancellationToken);
                if (ran)
                {

                    var accounts = await sandbox.AccountsAsync(DataSeeder.NumberPrefix, cancellationToken);
                    var verified = customers.Take(k).All(c =>
                        accounts.GetValueOrDefault(c.Number) == $"{DataSeeder.ChangedName(c, round)}|{DataSeeder.ChangedPhone(c, round)}|{c.Email}");
                    row = row with { Verified = verified, CeilingPerSecond = sandbox.Budgets is { } budgets ? Ceiling(budgets, strategy, k) : null };
                }

                _rows.Add(row);

                // Our own writes of this run come back in the next run's Sales change feed; an unmeasured run takes them
                // first, so each measured run starts from the same state (only its own k changes pending).
                await EmptyWindowAsync(sandbox, cancellationToken);
                await launcher.RunAsync(SyncKind.Incremental, stack.EngineSettings(sandbox, tables, Strategy.Batched, runWorker: false), options.RunTimeout, cancellationToken);
            }
        }
    }

    /// <summary>Under limits: waits until the sandbox's windows hold none of the requests sent so far.</summary>
    private static Task EmptyWindowAsync(SandboxClient sandbox, CancellationToken cancellationToken) =>
        sandbox.Budgets is { } budgets ? Task.Delay(budgets.Window, cancellationToken) : Task.CompletedTask;

    private static string Describe(ServiceBudgets budgets) =>
        $"Business Central {budgets.BusinessCentral}, Dataverse {budgets.Dataverse} requests per {budgets.Window.TotalSeconds:0} s";

    /// <summary>
    /// The records/s <paramref name="budgets"/> allow a strategy for a run of <paramref name="k"/> changed records, or null when they
    /// allow any speed (every request fits in the empty window the run starts with). Per service: the fewest requests the
    /// strategy must send it for the run (<see cref="FewestRequests"/>), and the least time the service's sliding window
    /// lets that many through starting empty (the i-th request, counting from 0, no sooner than floor(i / budget)
    /// windows in); k over the longer of the two times. For large k this is the service's requests/s over the requests
    /// per record.
    /// </summary>
    internal static double? Ceiling(ServiceBudgets budgets, string strategy, int k)
    {
        ArgumentNullException.ThrowIfNull(budgets);
        var (businessCentral, dataverse) = FewestRequests(strategy, k);
        var seconds = Math.Max(LeastSeconds(businessCentral, budgets.BusinessCentral), LeastSeconds(dataverse, budgets.Dataverse));
        return seconds > 0 ? k / seconds : null;

        double LeastSeconds(int requests, int budget) => (requests - 1) / budget * budgets.Window.TotalSeconds;
    }

    /// <summary>
    /// The fewest requests a strategy must send each service for an incremental run of k changed Business Central
    /// records, per-run constants included. Business Central: the company by name, one page of the watermark query per
    /// 1000 changes, and the two lookups the customers' values translate through (payment terms, salespeople). Dataverse:
    /// the delta read and the one lookup (the Sales user of the records' salesperson: the seed gives them all the same),
    /// then Batched one <c>$batch</c> of writes per 1000 records (the versions stored on the couplings make reading the
    /// counterparts first unnecessary), PerRecord one GET and one PATCH per record.
    /// </summary>
    internal static (int BusinessCentral, int Dataverse) FewestRequests(string strategy, int k)
    {
        var thousands = (k + 999) / 1000;
        return (3 + thousands, 2 + (strategy == Strategy.Batched ? thousands : 2 * k));
    }
}
