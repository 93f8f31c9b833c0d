using Azure.Data.Tables;
using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;
using CouplingBot.Engine.Tests.Service;
using CouplingBot.Sandbox.Control;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CouplingBot.Engine.Tests.Incremental;

/// <summary>
/// <see cref="ServiceSandbox"/> (the sandbox, Azurite and the engine's clients) plus what incremental sync
/// needs: <see cref="StartTestAsync"/> reseeds the sandbox, clears its journal and gives the test its own
/// couplings and watermarks tables.
/// </summary>
public sealed class IncrementalSandbox : IAsyncLifetime
{
    private readonly ServiceSandbox _stack = new();

    /// <summary>The mapping under test.</summary>
    public static TableMapping Mapping => CustomerMapping.Default;

    public BusinessCentralClient BusinessCentral => _stack.Services.GetRequiredService<BusinessCentralClient>();

    public DataverseClient Sales => _stack.Services.GetRequiredService<DataverseClient>();

    /// <summary>The sandbox's journal of API requests.</summary>
    public RequestJournal Journal => _stack.Journal;

    public ValueTask InitializeAsync() => _stack.InitializeAsync();

    /// <summary>A reseeded sandbox, an empty journal, a coupling service and an incremental sync over new tables.</summary>
    public async Task<TestRig> StartTestAsync()
    {
        var (service, store) = await _stack.StartTestAsync();
        var watermarks = new WatermarkStore(new TableServiceClient(_stack.StorageConnectionString), "w" + Guid.NewGuid().ToString("N")[..12], "incremental-tests");
        var sync = new IncrementalSync(BusinessCentral, Sales, store, watermarks, TimeProvider.System, NullLogger<IncrementalSync>.Instance);
        return new TestRig(service, store, watermarks, sync);
    }

    /// <summary>
    /// Creates <paramref name="count"/> Business Central customers and as many Sales accounts, couples them one to one
    /// and synchronizes each to Sales (a synced baseline); answers (customer id, number, account id) per pair.
    /// </summary>
    public async Task<List<(string CustomerId, string Number, string AccountId)>> CoupleNewAsync(TestRig rig, int count)
    {
        var ct = TestContext.Current.CancellationToken;
        var pairs = new List<(string, string, string)>();
        for (var i = 0; i < count; i++)
        {
            var customer = await BusinessCentral.CreateAsync(Mapping.BusinessCentral, null,
                new Dictionary<string, string?> { ["displayName"] = $"Incremental Customer {i}", ["city"] = "Leeds" }, Mapping.BusinessCentralFields, ct);
            var account = await Sales.CreateAsync(Mapping.Sales, null,
                new Dictionary<string, string?> { ["name"] = $"Incremental Account {i}" }, Mapping.SalesFields, ct);
            var number = customer["number"]!;
            var coupled = await rig.Service.CoupleAsync(Mapping, number, account.Id, "tester", ct);
            Assert.Equal(CoupleOutcome.Coupled, coupled.Outcome);
            var synced = await rig.Service.SynchronizeAsync(Mapping, number, SyncDirection.ToSales, "tester", ct);
            Assert.Equal(SyncOutcome.Modified, synced.Outcome);
            Assert.Equal(customer.Id, synced.Record?.Id);
            pairs.Add((customer.Id, number, account.Id));
        }

        return pairs;
    }

    public ValueTask DisposeAsync() => _stack.DisposeAsync();
}

/// <summary>One test's service, stores and incremental sync.</summary>
public sealed record TestRig(CouplingService Service, TableCouplingStore Store, WatermarkStore Watermarks, IncrementalSync Sync);
