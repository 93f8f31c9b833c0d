using Azure.Data.Tables;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Storage;
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

namespace CouplingBot.Engine.Tests.Service;

/// <summary>
/// The sandbox and Azurite on free ports, and the engine's clients built by <c>AddCouplingEngine</c> (page
/// size 2, so every listing crosses pages). <see cref="StartTestAsync"/> reseeds the sandbox, clears its
/// journal and gives the test its own couplings table.
/// </summary>
public sealed class ServiceSandbox : IAsyncLifetime
{
    private WebApplication? _sandbox;
    private AzuriteServer? _azurite;
    private ServiceProvider? _services;
    private HttpClient? _control;

    public ServiceClients Clients => _services!.GetRequiredService<ServiceClients>();

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

    /// <summary>A reseeded sandbox, an empty journal, and a service over a new couplings table.</summary>
    public async Task<(CouplingService Service, TableCouplingStore Store)> StartTestAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        (await _control!.PostAsync(new Uri("_sandbox/reset", UriKind.Relative), null, ct)).EnsureSuccessStatusCode();
        Journal.Clear();
        var options = Options.Create(new StorageOptions { CouplingsTable = "t" + Guid.NewGuid().ToString("N")[..12], Scope = "service-tests" });
        var store = new TableCouplingStore(new TableServiceClient(_azurite!.ConnectionString), options);
        return (new CouplingService(Clients, store, TimeProvider.System, NullLogger<CouplingService>.Instance), store);
    }

    /// <summary>A client for the sandbox's control endpoints (faults, reset).</summary>
    public HttpClient Control => _control!;

    /// <summary>The engine's services, built by <c>AddCouplingEngine</c> against the sandbox and Azurite.</summary>
    public IServiceProvider Services => _services!;

    /// <summary>Azurite's connection string, for tests that add tables of their own.</summary>
    public string StorageConnectionString => _azurite!.ConnectionString;

    /// <summary>The sandbox's journal of API requests.</summary>
    public RequestJournal Journal => _sandbox!.Services.GetRequiredService<RequestJournal>();

    /// <summary>How many records of <paramref name="set"/> have <paramref name="value"/> in <paramref name="field"/>.</summary>
    public async Task<int> CountAsync(IRecordClient client, EntitySet set, string field, string value)
    {
        var count = 0;
        await foreach (var _ in client.QueryAsync(set, new RecordQuery(ODataFilter.Equal(field, value), [field]), TestContext.Current.CancellationToken))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every coupling of the CUSTOMER mapping in the store.</summary>
    public static async Task<List<Coupling>> ListAsync(ICouplingStore store)
    {
        var list = new List<Coupling>();
        await foreach (var c in store.ListAsync(CustomerMapping.Default.Name, TestContext.Current.CancellationToken))
        {
            list.Add(c);
        }

        return list;
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
