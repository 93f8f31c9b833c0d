using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>Failed, Skipped and Retry, and a deleted counterpart, against the sandbox and Azurite.</summary>
public sealed class CouplingServiceSyncFailureTests(ServiceSandbox sandbox) : IClassFixture<ServiceSandbox>
{
    private static readonly object PluginSaysNo = new { service = "dataverse", method = "PATCH", status = 400, code = "0x80040265", message = "plugin said no" };

    [Fact]
    public async Task SameFailureTwice_IsSkipped_ThenRetryWithTheFaultCleared_Syncs()
    {
        var mapping = SyncScenario.Mapping;
        var service = await SyncScenario.CoupledAsync(sandbox, mapping);
        var ct = TestContext.Current.CancellationToken;
        await SyncScenario.EditBusinessCentralAsync(sandbox, service, mapping, new() { ["city"] = "Leeds" });
        await SyncScenario.AddFaultAsync(sandbox, PluginSaysNo);

        var first = await service.SynchronizeAsync(mapping, SyncScenario.Number, SyncDirection.ToSales, "tester", ct);
        var second = await service.SynchronizeAsync(mapping, SyncScenario.Number, SyncDirection.ToSales, "tester", ct);
        sandbox.Journal.Clear();
        var third = await service.SynchronizeAsync(mapping, SyncScenario.Number, SyncDirection.ToSales, "tester", ct);

        Assert.Equal(SyncOutcome.Failed, first.Outcome);
        Assert.Contains("plugin said no", first.Message, StringComparison.Ordinal);
        Assert.Equal((1, false), (first.Coupling!.LastSync!.Failure!.Count, first.Coupling.LastSync.Failure.Skipped));
        Assert.Equal(SyncOutcome.Failed, second.Outcome);
        Assert.True(second.Coupling!.LastSync!.Failure!.Skipped);
        Assert.Equal(SyncOutcome.Skipped, third.Outcome);
        Assert.Empty(sandbox.Journal.List(method: "PATCH"));

        await SyncScenario.ClearFaultsAsync(sandbox);
        Assert.True(await service.RetryAsync(mapping, SyncScenario.Number, ct));
        var retried = await service.SynchronizeAsync(mapping, SyncScenario.Number, SyncDirection.ToSales, "tester", ct);

        Assert.Equal(SyncOutcome.Modified, retried.Outcome);
        Assert.Null(retried.Coupling!.LastSync!.Failure);
        Assert.Equal("Leeds", (await SyncScenario.ReadAsync(service, mapping)).Sales!["address1_city"]);
        Assert.False(await service.RetryAsync(mapping, SyncScenario.Number, ct));
    }

    [Fact]
    public async Task DeletedSalesRecord_UncoupleRule_RemovesTheCoupling()
    {
        var mapping = SyncScenario.Mapping with { DeletedCounterpartRule = DeletedCounterpartRule.Uncouple };
        var service = await SyncScenario.CoupledAsync(sandbox, mapping);
        var ct = TestContext.Current.CancellationToken;
        var (bc, sales) = await SyncScenario.ReadAsync(service, mapping);
        await sandbox.Clients.Sales.DeleteAsync(mapping.Sales, sales!.Id, "*", ct);

        var result = await service.SynchronizeAsync(mapping, SyncScenario.Number, SyncDirection.Automatic, "tester", ct);

        Assert.Equal(SyncOutcome.Uncoupled, result.Outcome);
        Assert.Null((await service.FindAsync(mapping, SyncScenario.Number, ct))!.Coupling);
        Assert.Equal(SyncOutcome.NotCoupled, (await service.SynchronizeAsync(mapping, SyncScenario.Number, SyncDirection.ToSales, "tester", ct)).Outcome);
        Assert.Equal("Blanemark Hi-Fi Shop", bc["displayName"]);
    }

    [Fact]
    public async Task DeletedSalesRecord_FailRule_KeepsTheCoupling_AndRestoreRule_RecreatesAndRecouples()
    {
        var service = await SyncScenario.CoupledAsync(sandbox, SyncScenario.Mapping);
        var ct = TestContext.Current.CancellationToken;
        var (_, sales) = await SyncScenario.ReadAsync(service, SyncScenario.Mapping);
        await sandbox.Clients.Sales.DeleteAsync(SyncScenario.Mapping.Sales, sales!.Id, "*", ct);

        var failed = await service.SynchronizeAsync(SyncScenario.Mapping, SyncScenario.Number, SyncDirection.ToSales, "tester", ct);
        var restore = SyncScenario.Mapping with { DeletedCounterpartRule = DeletedCounterpartRule.Restore };
        var restored = await service.SynchronizeAsync(restore, SyncScenario.Number, SyncDirection.Automatic, "tester", ct);

        Assert.Equal(SyncOutcome.CounterpartMissing, failed.Outcome);
        Assert.Equal(SyncOutcome.Restored, restored.Outcome);
        var (bc, again) = await SyncScenario.ReadAsync(service, restore);
        Assert.NotNull(again);
        Assert.Equal(restored.Coupling!.SalesId, again.Id);
        Assert.Equal((bc["displayName"], bc["city"]), (again["name"], again["address1_city"]));
    }
}
