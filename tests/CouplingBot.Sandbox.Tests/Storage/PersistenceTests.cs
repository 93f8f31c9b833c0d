using System.Net;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Storage;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "couplingbot-sandbox-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restart_WithDataPath_KeepsEditsOfBothServices()
    {
        var accountId = Guid.NewGuid();
        string customerUrl;
        await using (var first = await StartAsync(["--Sandbox:DataPath=" + _folder]))
        {
            using var post = await first.SendAsync(HttpMethod.Post, UkCustomers, new { displayName = "Persisted Customer" });
            customerUrl = $"{UkCustomers}({(string)(await ReadAsync(post, 201))["id"]!})";
            using var patch = await first.SendAsync(HttpMethod.Patch, $"{Dv}accounts({SandboxSeed.CannonGroupAccountId})", new { address1_city = "Solihull" });
            using var create = await first.SendAsync(HttpMethod.Patch, $"{Dv}accounts({accountId})", new { name = "Persisted Account", creditlimit = 1234.5m });
            Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
            Assert.Equal(HttpStatusCode.NoContent, create.StatusCode);
        }

        Assert.True(File.Exists(Path.Combine(_folder, "businesscentral.json")));
        Assert.True(File.Exists(Path.Combine(_folder, "dataverse.json")));
        await using var second = await StartAsync(["--Sandbox:DataPath=" + _folder]);

        Assert.Equal("Persisted Customer", (string)(await second.GetJsonAsync(customerUrl))["displayName"]!);
        Assert.Equal("Solihull", (string)(await second.GetJsonAsync($"{Dv}accounts({SandboxSeed.CannonGroupAccountId})"))["address1_city"]!);
        var account = await second.GetJsonAsync($"{Dv}accounts({accountId})");
        Assert.Equal(1234.5m, (decimal)account["creditlimit"]!);
        Assert.Equal($"W/\"{(long)account["versionnumber"]!}\"", (string)account["@odata.etag"]!);
    }

    [Fact]
    public async Task Reset_WithDataPath_ReseedsAndPersistsSeed()
    {
        await using (var first = await StartAsync(["--Sandbox:DataPath=" + _folder]))
        {
            using var delete = await first.SendAsync(HttpMethod.Delete, $"{Dv}accounts({SandboxSeed.CannonGroupAccountId})");
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
            await first.ResetAsync();
        }

        await using var second = await StartAsync(["--Sandbox:DataPath=" + _folder]);

        Assert.Equal("Cannon Group", (string)(await second.GetJsonAsync($"{Dv}accounts({SandboxSeed.CannonGroupAccountId})"))["name"]!);
    }
}
