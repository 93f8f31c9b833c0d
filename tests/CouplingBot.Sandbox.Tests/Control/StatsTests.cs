using System.Net;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Sandbox.Tests.Faults;
using CouplingBot.Sandbox.Tests.Protection;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Control;

public sealed class StatsTests
{
    private static async Task<JsonObject> StatsAsync(SandboxHost host) => await host.GetJsonAsync("_sandbox/stats");

    [Fact]
    public async Task Stats_AfterRequests_CountsPerServiceAndOperation()
    {
        await using var host = await LimitedHost.StartAsync(null, "Limits:BusinessCentral:Requests=4");
        await FaultsTests.AddFaultAsync(host, new { service = "dataverse", method = "DELETE", status = 503, count = 1 });

        await host.GetJsonAsync($"{Bc}companies({SandboxSeed.CronusUkCompanyId})");
        await LimitedHost.GetManyAsync(host, UkCustomers, 4);
        using var patch = await host.SendAsync(HttpMethod.Patch, $"{Dv}accounts({SandboxSeed.DeerfieldAccountId})", new { telephone1 = "1" });
        using var delete = await host.SendAsync(HttpMethod.Delete, $"{Dv}accounts({Guid.NewGuid()})");
        var stats = await StatsAsync(host);

        var bc = stats["services"]!["bc"]!;
        var dv = stats["services"]!["dataverse"]!;
        Assert.Equal(5, (int)bc["requests"]!);
        Assert.Equal(4, (int)bc["operations"]!["GET customers"]!);
        Assert.Equal(1, (int)bc["operations"]!["GET companies"]!);
        Assert.Equal(1, (int)bc["tooManyRequests"]!);
        Assert.Equal(2, (int)dv["requests"]!);
        Assert.Equal(1, (int)dv["operations"]!["PATCH accounts"]!);
        Assert.Equal(1, (int)dv["operations"]!["DELETE accounts"]!);
        Assert.Equal(1, (int)dv["serviceUnavailable"]!);
        Assert.Equal(1, (int)dv["faultsInjected"]!);
        Assert.Equal(0, (int)bc["faultsInjected"]!);
    }

    [Fact]
    public async Task Stats_Delete_Resets()
    {
        await using var host = await LimitedHost.StartAsync(null);
        await host.GetJsonAsync($"{Dv}accounts?$top=1");

        using var delete = await host.SendAsync(HttpMethod.Delete, "_sandbox/stats");
        var stats = await StatsAsync(host);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(0, (int)stats["services"]!["dataverse"]!["requests"]!);
        Assert.Empty(stats["services"]!["dataverse"]!["operations"]!.AsObject());
    }

    [Fact]
    public async Task Reset_ClearsFaultsStatsAndLimitWindows()
    {
        await using var host = await LimitedHost.StartAsync(null, "Limits:Dataverse:Requests=2");
        await FaultsTests.AddFaultAsync(host, new { service = "bc", status = 500 });
        var before = await LimitedHost.GetManyAsync(host, $"{Dv}accounts?$top=1", 3);

        await host.ResetAsync();
        var faults = await host.SendAsync(HttpMethod.Get, "_sandbox/faults");
        var faultList = JsonNode.Parse(await faults.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
        var stats = await StatsAsync(host);
        var after = await LimitedHost.GetManyAsync(host, $"{Dv}accounts?$top=1", 2);
        using var bc = await host.SendAsync(HttpMethod.Get, UkCustomers);

        Assert.Equal([200, 200, 429], before);
        Assert.Empty(faultList);
        Assert.Equal(0, (int)stats["services"]!["dataverse"]!["requests"]!);
        Assert.Equal([200, 200], after);
        Assert.Equal(HttpStatusCode.OK, bc.StatusCode);
    }
}
