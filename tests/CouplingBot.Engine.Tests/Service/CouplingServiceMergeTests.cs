using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>Automatic (merge) synchronization against the sandbox and Azurite.</summary>
public sealed class CouplingServiceMergeTests(ServiceSandbox sandbox) : IClassFixture<ServiceSandbox>
{
    [Fact]
    public async Task Merge_EachSideChangedAnotherField_WritesBothSides_WithoutConflict()
    {
        var mapping = SyncScenario.Mapping;
        var service = await SyncScenario.CoupledAsync(sandbox, mapping);
        var ct = TestContext.Current.CancellationToken;
        await SyncScenario.EditBusinessCentralAsync(sandbox, service, mapping, new() { ["city"] = "Leeds" });
        await SyncScenario.EditSalesAsync(sandbox, service, mapping, new() { ["telephone1"] = "+44 20 7946 0999" });
        sandbox.Journal.Clear();

        var result = await service.SynchronizeAsync(mapping, SyncScenario.Number, SyncDirection.Automatic, "tester", ct);

        Assert.Equal(SyncOutcome.Modified, result.Outcome);
        Assert.Empty(result.Plan!.Conflicts);
        var (bc, sales) = await SyncScenario.ReadAsync(service, mapping);
        Assert.Equal(("Leeds", "Leeds"), (bc["city"], sales!["address1_city"]));
        Assert.Equal(("+44 20 7946 0999", "+44 20 7946 0999"), (bc["phoneNumber"], sales["telephone1"]));
        Assert.Single(sandbox.Journal.List(service: "bc", method: "PATCH"));
        Assert.Single(sandbox.Journal.List(service: "dataverse", method: "PATCH"));
        var state = result.Coupling!.LastSync!;
        Assert.Equal(FieldSnapshot.Capture(mapping, bc, sales), state.Snapshot);
        Assert.Equal((bc.ETag, sales.ETag), (state.BusinessCentralVersion, state.SalesVersion));
    }

    [Fact]
    public async Task Merge_BothSidesChangedTheSameField_NeedsDecision_AndWritesNothing()
    {
        var mapping = SyncScenario.Mapping;
        var service = await SyncScenario.CoupledAsync(sandbox, mapping);
        var ct = TestContext.Current.CancellationToken;
        await SyncScenario.EditBusinessCentralAsync(sandbox, service, mapping, new() { ["city"] = "Leeds" });
        await SyncScenario.EditSalesAsync(sandbox, service, mapping, new() { ["address1_city"] = "York" });
        sandbox.Journal.Clear();

        var result = await service.SynchronizeAsync(mapping, SyncScenario.Number, SyncDirection.Automatic, "tester", ct);

        Assert.Equal(SyncOutcome.NeedsDecision, result.Outcome);
        var conflict = Assert.Single(result.Plan!.Conflicts);
        Assert.Equal(("city", "Leeds", "York"), (conflict.Field.BusinessCentralField, conflict.BusinessCentralValue, conflict.SalesValue));
        Assert.Empty(sandbox.Journal.List(method: "PATCH"));
    }

    [Fact]
    public async Task Merge_BothSidesChangedTheSameField_BusinessCentralWinsRule_WritesBusinessCentralsValue()
    {
        var mapping = SyncScenario.Mapping with { ConflictRule = ConflictRule.BusinessCentralWins };
        var service = await SyncScenario.CoupledAsync(sandbox, mapping);
        var ct = TestContext.Current.CancellationToken;
        await SyncScenario.EditBusinessCentralAsync(sandbox, service, mapping, new() { ["city"] = "Leeds" });
        await SyncScenario.EditSalesAsync(sandbox, service, mapping, new() { ["address1_city"] = "York" });
        sandbox.Journal.Clear();

        var result = await service.SynchronizeAsync(mapping, SyncScenario.Number, SyncDirection.Automatic, "tester", ct);

        Assert.Equal(SyncOutcome.Modified, result.Outcome);
        var (bc, sales) = await SyncScenario.ReadAsync(service, mapping);
        Assert.Equal(("Leeds", "Leeds"), (bc["city"], sales!["address1_city"]));
        Assert.Empty(sandbox.Journal.List(service: "bc", method: "PATCH"));
        Assert.Single(sandbox.Journal.List(service: "dataverse", method: "PATCH"));
    }
}
