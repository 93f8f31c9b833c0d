using System.Net.Sockets;
using Azure.Data.Tables;
using CouplingBot.Testing.Azurite;

namespace CouplingBot.Testing.Tests.Azurite;

public sealed class AzuriteSideBySideTests
{
    [Fact]
    public async Task StartAsync_TwoServers_AreIsolated()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var first = await AzuriteServer.StartAsync(ct);
        await using var second = await AzuriteServer.StartAsync(ct);
        var firstTable = new TableServiceClient(first.ConnectionString).GetTableClient("shared");
        var secondTable = new TableServiceClient(second.ConnectionString).GetTableClient("shared");
        await firstTable.CreateIfNotExistsAsync(ct);
        await secondTable.CreateIfNotExistsAsync(ct);

        await firstTable.AddEntityAsync(new TableEntity("p", "only-in-first"), ct);
        var inSecond = await secondTable.GetEntityIfExistsAsync<TableEntity>("p", "only-in-first", cancellationToken: ct);

        Assert.NotEqual(first.TableEndpoint.Port, second.TableEndpoint.Port);
        Assert.False(inSecond.HasValue);
    }

    [Fact]
    public async Task DisposeAsync_StopsListening()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = await AzuriteServer.StartAsync(ct);
        var port = server.QueueEndpoint.Port;

        await server.DisposeAsync();

        using var client = new TcpClient();
        await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync("127.0.0.1", port, ct).AsTask());
    }
}
