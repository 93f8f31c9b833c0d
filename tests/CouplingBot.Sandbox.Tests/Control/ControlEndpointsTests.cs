using System.Net;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Control;

public sealed class ControlEndpointsTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    private async Task<JsonArray> JournalAsync(string query = "")
    {
        using var response = await Host.SendAsync(HttpMethod.Get, "_sandbox/requests" + query);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(text)!.AsArray();
    }

    [Fact]
    public async Task Journal_AfterPatch_RecordsMethodPathBodyAndStatus()
    {
        using var clear = await Host.SendAsync(HttpMethod.Delete, "_sandbox/requests");
        var url = $"{Dv}accounts({Guid.NewGuid()})";
        using var patch = await Host.SendAsync(HttpMethod.Patch, url, "{\"name\":\"Journaled\"}");
        await Host.GetJsonAsync($"{UkCustomers}?$top=1");

        var patches = await JournalAsync("?service=dataverse&method=PATCH");
        var all = await JournalAsync();

        Assert.Equal(HttpStatusCode.NoContent, clear.StatusCode);
        var entry = Assert.Single(patches);
        Assert.Equal("dataverse", (string)entry!["service"]!);
        Assert.Equal("PATCH", (string)entry["method"]!);
        Assert.Equal("/" + url, (string)entry["pathAndQuery"]!);
        Assert.Equal("{\"name\":\"Journaled\"}", (string)entry["body"]!);
        Assert.Equal(204, (int)entry["status"]!);
        Assert.Equal(2, all.Count);
        Assert.Equal("bc", (string)all[1]!["service"]!);
        Assert.Contains("$top=1", (string)all[1]!["pathAndQuery"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Journal_Delete_Clears()
    {
        await Host.GetJsonAsync($"{Dv}accounts?$top=1");

        using var clear = await Host.SendAsync(HttpMethod.Delete, "_sandbox/requests");

        Assert.Empty(await JournalAsync());
    }

    [Fact]
    public async Task Reset_AfterEdits_RestoresSeed()
    {
        var url = $"{Dv}accounts({SandboxSeed.JohnHaddockAccountId})";
        using var patch = await Host.SendAsync(HttpMethod.Patch, url, new { name = "Edited" });
        using var delete = await Host.SendAsync(HttpMethod.Delete, $"{UkCustomers}({SandboxSeed.GuildfordWaterCustomerId})", null, ("If-Match", "*"));
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);

        await Host.ResetAsync();

        var account = await Host.GetJsonAsync(url);
        Assert.Equal("John Haddock Insurance Co.", (string)account["name"]!);
        Assert.Equal("Guildford Water Department", (string)(await Host.GetJsonAsync($"{UkCustomers}({SandboxSeed.GuildfordWaterCustomerId})"))["displayName"]!);
    }
}
