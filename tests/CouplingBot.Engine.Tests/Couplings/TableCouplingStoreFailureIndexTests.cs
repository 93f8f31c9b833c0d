using Azure.Data.Tables;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Storage;
using CouplingBot.Engine.Sync;
using CouplingBot.Testing.Azurite;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Tests.Couplings;

/// <summary>The failure rows that list couplings whose last sync failed (for incremental retries), against Azurite.</summary>
public sealed class TableCouplingStoreFailureIndexTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly FailureState Pending = new("0x80040265: plugin said no", 1, Records.T0, false);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PendingFailure_IsListed_AndASuccessUnlistsIt()
    {
        var (store, table) = await NewStoreWithCouplingsAsync("bc-1", "bc-2");

        await FailAsync(store, "bc-1", Pending);
        var listed = await PendingAsync(store);
        await store.UpdateAsync(WithFailure(await FindAsync(store, "bc-1"), null), Ct);

        Assert.Equal(["bc-1"], listed.Select(c => c.BusinessCentralId));
        Assert.Equal(Pending, listed[0].LastSync!.Failure);
        Assert.Empty(await PendingAsync(store));
        Assert.Equal(4, await CountRowsAsync(table)); // two couplings, two rows each, no failure row left
    }

    [Fact]
    public async Task SkippedFailure_IsNotListed_UntilAPersonRetries()
    {
        var (store, _) = await NewStoreWithCouplingsAsync("bc-1");
        await FailAsync(store, "bc-1", Pending);

        await FailAsync(store, "bc-1", SyncFailures.Failed(Pending, Pending.Error, Records.T0.AddMinutes(5)));
        var whileSkipped = await PendingAsync(store);
        await FailAsync(store, "bc-1", SyncFailures.Retry((await FindAsync(store, "bc-1")).LastSync!.Failure));

        Assert.Empty(whileSkipped);
        Assert.Equal(["bc-1"], (await PendingAsync(store)).Select(c => c.BusinessCentralId));
    }

    [Fact]
    public async Task RemovingAFailedCoupling_RemovesItsFailureRowInTheSameTransaction()
    {
        var (store, table) = await NewStoreWithCouplingsAsync("bc-1");
        await FailAsync(store, "bc-1", Pending);
        Assert.Equal(3, await CountRowsAsync(table));

        Assert.True(await store.TryRemoveAsync(await FindAsync(store, "bc-1"), Ct));

        Assert.Equal(0, await CountRowsAsync(table));
        Assert.Empty(await PendingAsync(store));
    }

    [Fact]
    public async Task StaleUpdate_IsACouplingChange_AndLeavesTheFailureRowsAsTheyWere()
    {
        var (store, table) = await NewStoreWithCouplingsAsync("bc-1");
        var stale = await FindAsync(store, "bc-1");
        await store.UpdateAsync(stale with { SalesName = "renamed" }, Ct);

        await Assert.ThrowsAsync<CouplingChangedException>(() => store.UpdateAsync(WithFailure(stale, Pending), Ct));

        Assert.Empty(await PendingAsync(store));
        Assert.Equal(2, await CountRowsAsync(table));
    }

    [Fact]
    public async Task FailureRowRemovedByHand_ASuccessStillSaves()
    {
        var (store, table) = await NewStoreWithCouplingsAsync("bc-1");
        await FailAsync(store, "bc-1", Pending);
        var client = new TableClient(azurite.ConnectionString, table);
        var failureRow = await client.QueryAsync<TableEntity>("RowKey ge 'failed|'", cancellationToken: Ct).FirstAsync(Ct);
        await client.DeleteEntityAsync(failureRow.PartitionKey, failureRow.RowKey, cancellationToken: Ct);

        var saved = await store.UpdateAsync(WithFailure(await FindAsync(store, "bc-1"), null), Ct);

        Assert.Null((await FindAsync(store, "bc-1")).LastSync!.Failure);
        Assert.Equal(saved.ETag, (await FindAsync(store, "bc-1")).ETag);
    }

    private async Task<(TableCouplingStore Store, string Table)> NewStoreWithCouplingsAsync(params string[] ids)
    {
        var table = "t" + Guid.NewGuid().ToString("N")[..12];
        var store = new TableCouplingStore(new TableServiceClient(azurite.ConnectionString), Options.Create(new StorageOptions { CouplingsTable = table, Scope = "test" }));
        foreach (var id in ids)
        {
            Assert.True(await store.TryAddAsync(new Coupling("CUSTOMER", id, "s-" + id, "N" + id, "Adatum", Records.T0, "tester"), Ct));
        }

        return (store, table);
    }

    private static async Task FailAsync(TableCouplingStore store, string id, FailureState? failure) =>
        await store.UpdateAsync(WithFailure(await FindAsync(store, id), failure), Ct);

    private static Coupling WithFailure(Coupling coupling, FailureState? failure) => coupling with
    {
        LastSync = (coupling.LastSync ?? new SyncState(Records.T0, "tester", SyncDirection.ToSales, 0, Records.T0, Records.T0)) with { Failure = failure },
    };

    private static async Task<Coupling> FindAsync(TableCouplingStore store, string id) =>
        (await store.FindByBusinessCentralIdAsync("CUSTOMER", id, Ct))!;

    private static async Task<List<Coupling>> PendingAsync(TableCouplingStore store)
    {
        var list = new List<Coupling>();
        await foreach (var coupling in store.ListPendingFailuresAsync("CUSTOMER", Ct))
        {
            list.Add(coupling);
        }

        return list;
    }

    private async Task<int> CountRowsAsync(string table)
    {
        var count = 0;
        await foreach (var _ in new TableClient(azurite.ConnectionString, table).QueryAsync<TableEntity>(cancellationToken: Ct))
        {
            count++;
        }

        return count;
    }
}
