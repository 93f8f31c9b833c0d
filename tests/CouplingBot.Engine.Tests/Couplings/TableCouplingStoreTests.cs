using Azure.Data.Tables;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Storage;
using CouplingBot.Engine.Sync;
using CouplingBot.Testing.Azurite;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Tests.Couplings;

/// <summary>The coupling store against Azurite on a free port.</summary>
public sealed class TableCouplingStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private TableCouplingStore NewStore(string table) =>
        new(new TableServiceClient(azurite.ConnectionString), Options.Create(new StorageOptions { CouplingsTable = table, Scope = "test/scope#1" }));

    private static string UniqueTable() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static Coupling Pair(string bc, string sales) => new("CUSTOMER", bc, sales, "N-" + bc, "Account " + sales, Records.T0, "tester");

    [Fact]
    public async Task TryAdd_ThenFindFromEitherSide_ReturnsTheCoupling()
    {
        var store = NewStore(UniqueTable());
        var ct = TestContext.Current.CancellationToken;

        Assert.True(await store.TryAddAsync(Pair("bc-1", "s-1"), ct));

        var byBc = await store.FindByBusinessCentralIdAsync("CUSTOMER", "bc-1", ct);
        var bySales = await store.FindBySalesIdAsync("CUSTOMER", "s-1", ct);
        Assert.NotNull(byBc);
        Assert.Equal("s-1", byBc.SalesId);
        Assert.Equal("N-bc-1", byBc.BusinessCentralNumber);
        Assert.NotEmpty(byBc.ETag);
        Assert.Equal(byBc, bySales);
        Assert.Null(await store.FindBySalesIdAsync("CUSTOMER", "s-2", ct));
    }

    [Fact]
    public async Task TryAdd_EitherSideCoupledAlready_IsRefused_AndWritesNothing()
    {
        var table = UniqueTable();
        var store = NewStore(table);
        var ct = TestContext.Current.CancellationToken;
        await store.TryAddAsync(Pair("bc-1", "s-1"), ct);

        Assert.False(await store.TryAddAsync(Pair("bc-1", "s-2"), ct));
        Assert.False(await store.TryAddAsync(Pair("bc-2", "s-1"), ct));

        Assert.Null(await store.FindBySalesIdAsync("CUSTOMER", "s-2", ct));
        Assert.Null(await store.FindByBusinessCentralIdAsync("CUSTOMER", "bc-2", ct));
        Assert.Equal(2, await CountRowsAsync(table));
    }

    [Fact]
    public async Task TryAdd_ConcurrentRequestsForOneAccount_ExactlyOneWins()
    {
        var table = UniqueTable();
        var store = NewStore(table);
        var ct = TestContext.Current.CancellationToken;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => store.TryAddAsync(Pair($"bc-{i}", "s-shared"), ct)));

        Assert.Single(results, r => r);
        Assert.Equal(2, await CountRowsAsync(table));
    }

    [Fact]
    public async Task Update_WithTheReadETag_StoresSyncState_AndAStaleETagIsRefused()
    {
        var store = NewStore(UniqueTable());
        var ct = TestContext.Current.CancellationToken;
        await store.TryAddAsync(Pair("bc-1", "s-1"), ct);
        var read = (await store.FindByBusinessCentralIdAsync("CUSTOMER", "bc-1", ct))!;
        var state = new SyncState(Records.T0.AddHours(1), "tester", SyncDirection.FromSales, 3, Records.T0.AddMinutes(1), Records.T0.AddMinutes(2));

        var updated = await store.UpdateAsync(read with { LastSync = state }, ct);

        Assert.Equal(state, (await store.FindByBusinessCentralIdAsync("CUSTOMER", "bc-1", ct))!.LastSync);
        Assert.NotEqual(read.ETag, updated.ETag);
        await Assert.ThrowsAsync<CouplingChangedException>(() => store.UpdateAsync(read with { SalesName = "stale" }, ct));
    }

    [Fact]
    public async Task TryRemove_RemovesBothRows_AndAStaleCouplingIsNotRemoved()
    {
        var table = UniqueTable();
        var store = NewStore(table);
        var ct = TestContext.Current.CancellationToken;
        await store.TryAddAsync(Pair("bc-1", "s-1"), ct);
        var read = (await store.FindByBusinessCentralIdAsync("CUSTOMER", "bc-1", ct))!;
        await store.UpdateAsync(read with { SalesName = "renamed" }, ct);

        Assert.False(await store.TryRemoveAsync(read, ct));
        Assert.Equal(2, await CountRowsAsync(table));

        Assert.True(await store.TryRemoveAsync((await store.FindByBusinessCentralIdAsync("CUSTOMER", "bc-1", ct))!, ct));
        Assert.Equal(0, await CountRowsAsync(table));
        Assert.True(await store.TryAddAsync(Pair("bc-2", "s-1"), ct));
    }

    private async Task<int> CountRowsAsync(string table)
    {
        var count = 0;
        await foreach (var _ in new TableClient(azurite.ConnectionString, table).QueryAsync<TableEntity>(cancellationToken: TestContext.Current.CancellationToken))
        {
            count++;
        }

        return count;
    }
}
