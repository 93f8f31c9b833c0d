using CouplingBot.Benchmarks.Commands;
using CouplingBot.Benchmarks.Report;
using CouplingBot.Benchmarks.Seeding;

namespace CouplingBot.Benchmarks.Harness;

internal sealed partial class BenchmarkRunner
{
    /// <summary>
    /// Scenario 1 per strategy: the sandbox reset, N customers without accounts loaded, then a couple job (criteria
    /// without groups that create new) creates and couples an account for each; verified by reading the accounts.
    /// </summary>
    private async Task InitialAsync(int n, CancellationToken cancellationToken)
    {
        if (n > options.InitialMax)
        {
            _rows.AddRange(Strategy.Both.Select(strategy => new ResultRow(Scenario.Initial, n, null, strategy)
            {
                Note = $"not run: above --initial-max {options.InitialMax:N0} (see the notes under the table)",
            }));
            return;
        }

        var customers = Customers(n);
        foreach (var strategy in Strategy.Both)
        {
            await stack.Open.ResetAsync(cancellationToken);
            await DataSeeder.LoadAsync(stack.Open, customers, withAccounts: false, cancellationToken);
            var (row, ran) = await MeasureAsync(stack.Open, new ResultRow(Scenario.Initial, n, null, strategy), SyncKind.Initial, $"i{n}{strategy}", cancellationToken);
            if (ran)
            {
                var accounts = await stack.Open.AccountsAsync(DataSeeder.NumberPrefix, cancellationToken);
                var verified = accounts.Count == n && customers.All(c => accounts.GetValueOrDefault(c.Number) == $"{c.Name}|{c.Phone}|{c.Email}");
                row = row with { Verified = verified };
            }

            _rows.Add(row);
        }
    }
}
