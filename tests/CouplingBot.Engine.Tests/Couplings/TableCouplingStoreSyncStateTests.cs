using System.Collections.Immutable;
using Azure.Data.Tables;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Storage;
using CouplingBot.Engine.Sync;
using CouplingBot.Testing.Azurite;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Tests.Couplings;

/// <summary>The sync state's snapshot, failure and versions in the coupling store, against Azurite.</summary>
public sealed class TableCouplingStoreSyncStateTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Scope = "test";

    private TableCouplingStore NewStore(string table) =>
        new(new TableServiceClient(azurite.ConnectionString), Options.Create(new StorageOptions { CouplingsTable = table, Scope = Scope }));

    private static string UniqueTable() => "t" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task FullSyncState_RoundTrips()
    {
        var store = NewStore(UniqueTable());
        var ct = TestContext.Current.CancellationToken;
        await store.TryAddAsync(new Coupling("CUSTOMER", "bc-1", "s-1", "10000", "Adatum", Records.T0, "tester"), ct);
        var read = (await store.FindByBusinessCentralIdAsync("CUSTOMER", "bc-1", ct))!;
        var snapshot = new FieldSnapshot(
            ImmutableDictionary<string, string?>.Empty.Add("displayName", "Adatum").Add("city", null),
            ImmutableDictionary<string, string?>.Empty.Add("name", "Adatum \"quoted\" ÆØÅ").Add("address1_city", null));
        var state = new SyncState(Records.T0.AddMinutes(5), "tester", SyncDirection.Automatic, 3, Records.T0.AddMinutes(4), Records.T0.AddMinutes(3),
            snapshot, new FailureState("0x80040265: plugin said no", 2, Records.T0.AddMinutes(6), true), "W/\"JzQ0O\"", "W/\"123\"");

        await store.UpdateAsync(read with { LastSync = state }, ct);
        var stored = (await store.FindByBusinessCentralIdAsync("CUSTOMER", "bc-1", ct))!.LastSync!;

        Assert.Equal(state, stored);
        Assert.True(stored.Snapshot!.TryGet(new Engine.Mappings.FieldMapping("City", "city", "address1_city", Engine.Mappings.FieldDirection.Bidirectional), out var bc, out var sales));
        Assert.Equal((null, null), (bc, sales));
    }

    [Fact]
    public async Task RowWithoutTheNewColumns_StillLoads_WithNoSnapshotFailureOrVersions()
    {
        var table = UniqueTable();
        var store = NewStore(table);
        var ct = TestContext.Current.CancellationToken;
        await store.TryAddAsync(new Coupling("CUSTOMER", "bc-1", "s-1", "10000", "Adatum", Records.T0, "tester"), ct);
        var client = new TableClient(azurite.ConnectionString, table);
        var partition = (await client.QueryAsync<TableEntity>(cancellationToken: ct).FirstAsync(ct)).PartitionKey;
        await client.UpsertEntityAsync(new TableEntity(partition, "bc|bc-1")
        {
            ["Mapping"] = "CUSTOMER", ["BusinessCentralId"] = "bc-1", ["SalesId"] = "s-1", ["BusinessCentralNumber"] = "10000",
            ["SalesName"] = "Adatum", ["CoupledAt"] = Records.T0, ["CoupledBy"] = "tester",
            ["LastSyncAt"] = Records.T0, ["LastSyncBy"] = "tester", ["LastSyncDirection"] = "ToSales", ["LastSyncFieldsChanged"] = 2,
            ["LastSyncBusinessCentralModifiedOn"] = Records.T0, ["LastSyncSalesModifiedOn"] = Records.T0,
        }, TableUpdateMode.Replace, ct);

        var state = (await store.FindByBusinessCentralIdAsync("CUSTOMER", "bc-1", ct))!.LastSync!;

        Assert.Equal(new SyncState(Records.T0, "tester", SyncDirection.ToSales, 2, Records.T0, Records.T0), state);
    }
}
