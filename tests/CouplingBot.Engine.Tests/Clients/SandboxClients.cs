using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Hosting;
using CouplingBot.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>
/// The sandbox on a free port, and the engine's clients built by <c>AddCouplingEngine</c> against it,
/// exactly as the bot builds them. Page size 2, so every listing crosses pages.
/// </summary>
public class SandboxClients : IAsyncLifetime
{
    private readonly string[] _sandboxArgs;
    private WebApplication? _sandbox;
    private ServiceProvider? _services;

    public SandboxClients()
        : this([])
    {
    }

    /// <summary>A sandbox started with extra command-line settings (e.g. a short delta-token lifetime).</summary>
    protected SandboxClients(string[] sandboxArgs) => _sandboxArgs = sandboxArgs;

    public BusinessCentralClient BusinessCentral => _services!.GetRequiredService<BusinessCentralClient>();

    public DataverseClient Dataverse => _services!.GetRequiredService<DataverseClient>();

    public BusinessCentralSubscriptions Subscriptions => _services!.GetRequiredService<BusinessCentralSubscriptions>();

    public async ValueTask InitializeAsync()
    {
        _sandbox = SandboxApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. _sandboxArgs]);
        await _sandbox.StartAsync();
        var address = _sandbox.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BusinessCentral:ApiUrl"] = $"{address}/bc/v2.0/",
            ["BusinessCentral:Tenant"] = "contract",
            ["BusinessCentral:Environment"] = "production",
            ["BusinessCentral:PageSize"] = "2",
            ["Dataverse:Url"] = $"{address}/dataverse/",
            ["Dataverse:PageSize"] = "2",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        }).Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddCouplingEngine().BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_sandbox is not null)
        {
            await _sandbox.StopAsync();
            await _sandbox.DisposeAsync();
        }
    }
}
