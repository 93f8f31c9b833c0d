using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>The <c>Sync:Strategy</c> setting reaches the coupling service (and through it the incremental sync) from <c>AddCouplingEngine</c>.</summary>
public sealed class SyncStrategyOptionsTests
{
    [Theory]
    [InlineData(null, SyncStrategy.Batched)]
    [InlineData("--Sync:Strategy=PerRecord", SyncStrategy.PerRecord)]
    [InlineData("--Sync:Strategy=Batched", SyncStrategy.Batched)]
    public void AddCouplingEngine_SyncStrategySetting_ChoosesTheServiceRequests(string? setting, SyncStrategy expected)
    {
        string[] args =
        [
            "--BusinessCentral:ApiUrl=http://127.0.0.1:9/bc/v2.0/", "--BusinessCentral:Tenant=t", "--BusinessCentral:Environment=e",
            "--Dataverse:Url=http://127.0.0.1:9/dataverse/", "--Storage:ConnectionString=UseDevelopmentStorage=true",
            .. setting is null ? Array.Empty<string>() : [setting],
        ];
        var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddCouplingEngine().BuildServiceProvider();

        var service = services.GetRequiredService<CouplingService>();

        Assert.Equal(expected, service.Requests.Strategy);
        Assert.Same(SyncStrategyRequests.For(expected), service.Requests);
    }
}
