using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Benchmarks.Seeding;

/// <summary>
/// The sync state a synchronization leaves on a coupling (both records' modified-on and version, the field snapshot),
/// for seeded pairs: both tables read once through the engine's own clients, so values are normalized exactly as a sync
/// stores them. Read before the measured runs, so not in their counts.
/// </summary>
internal static class SyncedStates
{
    /// <summary>Business Central customer id -&gt; the state of its pair as if synchronized at <paramref name="at"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, SyncState>> ReadAsync(
        IReadOnlyList<string> engineSettings, IReadOnlyList<SeedCustomer> customers, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine([.. engineSettings]).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddCouplingEngine().BuildServiceProvider();
        var mapping = CustomerMapping.Default;
        var customersById = await ReadAllAsync(services.GetRequiredService<BusinessCentralClient>(), mapping.BusinessCentral, mapping.BusinessCentralFields, cancellationToken);
        var accountsById = await ReadAllAsync(services.GetRequiredService<DataverseClient>(), mapping.Sales, mapping.SalesFields, cancellationToken);

        var states = new Dictionary<string, SyncState>(StringComparer.OrdinalIgnoreCase);
        foreach (var seeded in customers)
        {
            var (customerId, accountId) = (seeded.CustomerId.ToString(), seeded.AccountId.ToString());
            if (!customersById.TryGetValue(customerId, out var customer) || !accountsById.TryGetValue(accountId, out var account))
            {
                throw new InvalidOperationException($"Seeded pair {seeded.Number} is not in the sandbox; load the records before coupling them.");
            }

            states[customerId] = new SyncState(at, "benchmark", SyncDirection.ToSales, 0, customer.ModifiedOn, account.ModifiedOn,
                FieldSnapshot.Capture(mapping, customer, account), null, customer.ETag, account.ETag);
        }

        return states;
    }

    private static async Task<Dictionary<string, EntityRecord>> ReadAllAsync(
        Engine.Clients.IRecordClient client, EntitySet set, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        var records = new Dictionary<string, EntityRecord>(StringComparer.OrdinalIgnoreCase);
        await foreach (var record in client.QueryAsync(set, new Engine.Clients.RecordQuery(null, fields), cancellationToken))
        {
            records[record.Id] = record;
        }

        return records;
    }
}
