using Azure.Data.Tables;
using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Storage;
using CouplingBot.Engine.Sync;
using CouplingBot.Sandbox;
using CouplingBot.Sandbox.Control;
using CouplingBot.Testing.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Tests.Incremental;

/// <summary>
/// The sandbox and Azurite on free ports with the engine's clients (page size 2), like <c>ServiceSandbox</c>;
/// <see cref="StartTestAsync"/> reseeds the sandbox, clears its journal and gives the test its own couplings
/// and watermarks tables.
/// </summary>
public sealed class IncrementalSandbox : IAsyncLifetime
{
    private WebApplication? _sandbox;
    private AzuriteServer? _azurite;
    private ServiceProvider? _services;
    private HttpClient? _control;

    /// <summary>The mapping under test.</summary>
    public static TableMapping Mapping => CustomerMapping.Default;

    public BusinessCentralClient BusinessCentral => _services!.GetRequiredService<BusinessCentralClient>();

    public DataverseClient Sales => _services!.GetRequiredService<DataverseClient>();

    /// <summary>The sandbox's journal of API requests.</summary>
    public RequestJournal Journal => _sandbox!.Services.GetRequiredService<RequestJournal>();

    public async ValueTask InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(TestContext.Current.CancellationToken);
        _sandbox = SandboxApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await _sandbox.StartAsync();
        var address = _sandbox.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _control = new HttpClient { BaseAddress = new Uri(address + "/") };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BusinessCentral:ApiUrl"] = $"{address}/bc/v2.0/",
            ["BusinessCentral:Tenant"] = "service",
            ["BusinessCentral:Environment"] = "production",
            ["BusinessCentral:PageSize"] = "2",
            ["Dataverse:Url"] = $"{address}/dataverse/",
            ["Dataverse:PageSize"] = "2",
            ["Storage:ConnectionString"] = _azurite.ConnectionString,
        }).Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddCouplingEngine().BuildServiceProvider();
    }

    /// <summary>A reseeded sandbox, an empty journal, a coupling service and an incremental sync over new tables.</summary>
    public async Task<TestRig> StartTestAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        (await _control!.PostAsync(new Uri("_sandbox/reset", UriKind.Relative), null, ct)).EnsureSuccessStatusCode();
        Journal.Clear();
        var tables = new TableServiceClient(_azurite!.ConnectionString);
        var options = Options.Create(new StorageOptions { CouplingsTable = "t" + Guid.NewGuid().ToString("N")[..12], Scope = "incremental-tests" });
        var store = new TableCouplingStore(tables, options);
        var watermarks = new WatermarkStore(tables, "w" + Guid.NewGuid().ToString("N")[..12], "incremental-tests");
        var service = new CouplingService(new ServiceClients(BusinessCentral, Sales), store, TimeProvider.System, NullLogger<CouplingService>.Instance);
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
            pairs.Add((customer.Id, number, account.Id));
        }

        return pairs;
    }

    public async ValueTask DisposeAsync()
    {
        _control?.Dispose();
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_sandbox is not null)
        {
            await _sandbox.StopAsync();
            await _sandbox.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

/// <summary>One test's service, stores and incremental sync.</summary>
public sealed record TestRig(CouplingService Service, TableCouplingStore Store, WatermarkStore Watermarks, IncrementalSync Sync);
