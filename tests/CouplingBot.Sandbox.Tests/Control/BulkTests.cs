using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Control;

/// <summary><c>POST /_sandbox/bulk</c>: many records per request, through each service's body rules.</summary>
public sealed class BulkTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private SandboxHost Host => fixture.Host;

    public async ValueTask InitializeAsync() => await Host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Bulk_CreatesCustomersAndAccounts_ServedByTheApisAsIfPosted()
    {
        var customerId = Guid.NewGuid();
        var accountId = Guid.NewGuid();
        using var response = await Host.SendAsync(HttpMethod.Post, "_sandbox/bulk", new
        {
            businessCentral = new { customers = new object[] { new { id = customerId, number = "B1", displayName = "Bulk One" }, new { number = "B2", displayName = "Bulk Two" } } },
            dataverse = new { accounts = new object[] { new { accountid = accountId, name = "Bulk Account", accountnumber = "B1" } } },
        });

        var counts = await ReadAsync(response, 200);
        Assert.Equal(2, (int)counts["businessCentral"]!["customers"]!["created"]!);
        Assert.Equal(1, (int)counts["dataverse"]!["accounts"]!["created"]!);
        var customer = await Host.GetJsonAsync($"{UkCustomers}({customerId})");
        Assert.Equal("Bulk One", (string)customer["displayName"]!);
        Assert.Equal(" ", (string)customer["blocked"]!); // the set's default, as a POST gets it
        var two = await Host.GetJsonAsync($"{UkCustomers}?$filter=number eq 'B2'");
        Assert.Equal("Bulk Two", (string)two["value"]!.AsArray().Single()!["displayName"]!);
        var account = await Host.GetJsonAsync($"{Dv}accounts({accountId})");
        Assert.Equal("Bulk Account", (string)account["name"]!);
        Assert.Equal(SandboxSeed.SandboxOwnerId, Guid.Parse((string)account["_ownerid_value"]!));
    }

    [Fact]
    public async Task Bulk_WithAnExistingId_UpdatesTheRecord_AndMovesItsModifiedOn()
    {
        var before = await Host.GetJsonAsync($"{UkCustomers}({SandboxSeed.CannonGroupCustomerId})");
        await Task.Delay(5, TestContext.Current.CancellationToken);

        using var response = await Host.SendAsync(HttpMethod.Post, "_sandbox/bulk", new
        {
            businessCentral = new { customers = new object[] { new { id = SandboxSeed.CannonGroupCustomerId, displayName = "Cannon Bulk" } } },
        });

        var counts = await ReadAsync(response, 200);
        Assert.Equal(1, (int)counts["businessCentral"]!["customers"]!["updated"]!);
        Assert.Equal(0, (int)counts["businessCentral"]!["customers"]!["created"]!);
        var after = await Host.GetJsonAsync($"{UkCustomers}({SandboxSeed.CannonGroupCustomerId})");
        Assert.Equal("Cannon Bulk", (string)after["displayName"]!);
        Assert.Equal("10000", (string)after["number"]!);
        Assert.True(DateTimeOffset.Parse((string)after["lastModifiedDateTime"]!, System.Globalization.CultureInfo.InvariantCulture)
            > DateTimeOffset.Parse((string)before["lastModifiedDateTime"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotEqual((string)before["@odata.etag"]!, (string)after["@odata.etag"]!);
    }

    [Fact]
    public async Task Bulk_WithADuplicateNumber_Is400_AndWritesNothingOfThatService()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, "_sandbox/bulk", new
        {
            businessCentral = new { customers = new object[] { new { number = "B9", displayName = "First" }, new { number = "10000", displayName = "Clash" } } },
        });

        var error = await ReadAsync(response, 400);
        Assert.Contains("businessCentral.customers[1]", (string)error["error"]!, StringComparison.Ordinal);
        var none = await Host.GetJsonAsync($"{UkCustomers}?$filter=number eq 'B9'");
        Assert.Empty(none["value"]!.AsArray());
    }

    [Fact]
    public async Task Bulk_BreakingABodyRule_Is400_NamingTheRecord()
    {
        using var unknownField = await Host.SendAsync(HttpMethod.Post, "_sandbox/bulk", new { dataverse = new { accounts = new object[] { new { nosuchcolumn = 1 } } } });
        using var unknownSet = await Host.SendAsync(HttpMethod.Post, "_sandbox/bulk", new { businessCentral = new { widgets = Array.Empty<object>() } });

        Assert.Contains("dataverse.accounts[0]", (string)(await ReadAsync(unknownField, 400))["error"]!, StringComparison.Ordinal);
        Assert.Contains("widgets", (string)(await ReadAsync(unknownSet, 400))["error"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_IsNotCountedInTheStatistics()
    {
        using var clear = await Host.SendAsync(HttpMethod.Delete, "_sandbox/stats");
        using var response = await Host.SendAsync(HttpMethod.Post, "_sandbox/bulk", new { dataverse = new { accounts = new object[] { new { name = "Uncounted" } } } });
        await ReadAsync(response, 200);

        var stats = await Host.GetJsonAsync("_sandbox/stats");
        var services = stats["services"]!.AsObject();
        Assert.True(services.Count == 0 || services.All(s => (int)s.Value!["requests"]! == 0), stats.ToJsonString());
    }
}
