using Azure;
using Azure.Data.Tables;
using CouplingBot.Testing.Azurite;

namespace CouplingBot.Testing.Tests.Azurite;

public sealed class AzuriteServerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task StartAsync_TableEntity_RoundTrips()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("roundtrip");
        await table.CreateIfNotExistsAsync(ct);

        await table.AddEntityAsync(new TableEntity("p", "r") { ["Name"] = "Contoso" }, ct);
        var read = await table.GetEntityAsync<TableEntity>("p", "r", cancellationToken: ct);

        Assert.Equal("Contoso", read.Value.GetString("Name"));
        Assert.NotEqual(default, read.Value.ETag);
    }

    [Fact]
    public async Task StartAsync_DuplicateAdd_Conflicts()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = new TableServiceClient(azurite.ConnectionString).GetTableClient("duplicates");
        await table.CreateIfNotExistsAsync(ct);
        await table.AddEntityAsync(new TableEntity("p", "r"), ct);

        var error = await Assert.ThrowsAsync<RequestFailedException>(() => table.AddEntityAsync(new TableEntity("p", "r"), ct));

        Assert.Equal(409, error.Status);
    }

    [Fact]
    public void ConnectionString_NamesBothEndpoints()
    {
        var server = azurite.Server;

        Assert.Contains($"TableEndpoint={server.TableEndpoint}", server.ConnectionString, StringComparison.Ordinal);
        Assert.Contains($"QueueEndpoint={server.QueueEndpoint}", server.ConnectionString, StringComparison.Ordinal);
        Assert.NotEqual(server.TableEndpoint.Port, server.QueueEndpoint.Port);
    }
}
