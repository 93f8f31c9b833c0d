using Azure.Data.Tables;
using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;
using CouplingBot.Engine.Tests.Service;
using CouplingBot.Sandbox.Control;
using Microsoft.Extensions.Configuration;
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
    private readonly List<ServiceProvider> _extraServices = [];

    /// <summary>The mapping under test.</summary>
    public static TableMapping Mapping => CustomerMapping.Default;

    public BusinessCentralClient BusinessCentral => _stack.Services.GetRequiredService<BusinessCentralClient>();

    public DataverseClient Sales => _stack.Services.GetRequiredService<DataverseClient>();

    /// <summary>A client for the sandbox's control endpoints (faults, reset).</summary>
    public HttpClient Control => _stack.Control;

    /// <summary>The sandbox's journal of API requests.</summary>
    public RequestJournal Journal => _stack.Journal;

    public ValueTask InitializeAsync() => _stack.InitializeAsync();

    /// <summary>
    /// A reseeded sandbox, an empty journal, a coupling service and an incremental sync over new tables; with
    /// <paramref name="batchSize"/>, the incremental sync's clients put at most that many requests in one <c>$batch</c>.
    /// </summary>
    public async Task<TestRig> StartTestAsync(int? batchSize = null)
    {
        var (service, store) = await _stack.StartTestAsync();
        var watermarks = new WatermarkStore(new TableServiceClient(_stack.StorageConnectionString), "w" + Guid.NewGuid().ToString("N")[..12], "incremental-tests");
        var (businessCentral, sales) = batchSize is { } size ? SmallBatchClients(size) : (BusinessCentral, Sales);
        var sync = new IncrementalSync(businessCentral, sales, store, service, watermarks, TimeProvider.System, NullLogger<IncrementalSync>.Instance);
        return new TestRig(service, store, watermarks, sync);
    }

    /// <summary>Both clients against the same sandbox and storage, with a <c>$batch</c> limit of <paramref name="batchSize"/>.</summary>
    private (BusinessCentralClient, DataverseClient) SmallBatchClients(int batchSize)
    {
        var address = _stack.Control.BaseAddress!.AbsoluteUri.TrimEnd('/');
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BusinessCentral:ApiUrl"] = $"{address}/bc/v2.0/",
            ["BusinessCentral:Tenant"] = "service",
            ["BusinessCentral:Environment"] = "production",
            ["BusinessCentral:PageSize"] = "2",
            ["BusinessCentral:BatchSize"] = $"{batchSize}",
            ["Dataverse:Url"] = $"{address}/dataverse/",
            ["Dataverse:PageSize"] = "2",
            ["Dataverse:BatchSize"] = $"{batchSize}",
            ["Storage:ConnectionString"] = _stack.StorageConnectionString,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddCouplingEngine().BuildServiceProvider();
        _extraServices.Add(services);
        return (services.GetRequiredService<BusinessCentralClient>(), services.GetRequiredService<DataverseClient>());
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
            Assert.True(synced.Outcome == SyncOutcome.Modified, $"{synced.Outcome}: {synced.Message}");
            Assert.Equal(customer.Id, synced.Record?.Id);
            pairs.Add((customer.Id, number, account.Id));
        }

        return pairs;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var services in _extraServices)
        {
            await services.DisposeAsync();
        }

        await _stack.DisposeAsync();
    }
}

/// <summary>One test's service, stores and incremental sync.</summary>
public sealed record TestRig(CouplingService Service, TableCouplingStore Store, WatermarkStore Watermarks, IncrementalSync Sync);
