using System.Net.Http.Json;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;

namespace CouplingBot.Engine.Tests.Incremental;

/// <summary>
/// Incremental sync against the sandbox and Azurite: failed pairs are recorded and retried without anyone editing them
/// (until Skipped), and Sales deletions of coupled records follow the mapping's deleted-counterpart rule.
/// </summary>
public sealed class IncrementalSyncFailureTests(IncrementalSandbox sandbox) : IClassFixture<IncrementalSandbox>
{
    private static readonly TableMapping Mapping = IncrementalSandbox.Mapping;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FailedWrite_IsRecorded_RetriedWithoutEdits_SkippedAfterTheSameErrorTwice_AndRetryBringsItBack()
    {
        var rig = await sandbox.StartTestAsync();
        var pairs = await sandbox.CoupleNewAsync(rig, 2);
        await rig.Sync.RunAsync(Mapping, Ct);
        // Sales takes 50 characters of phone number, Business Central 30: the write to Business Central is refused.
        await EditSalesAsync(pairs[0].AccountId, "telephone1", new string('4', 40));

        var first = await rig.Sync.RunAsync(Mapping, Ct);
        var afterFirst = (await rig.Store.FindByBusinessCentralIdAsync(Mapping.Name, pairs[0].CustomerId, Ct))!.LastSync!.Failure;
        sandbox.Journal.Clear();
        var second = await rig.Sync.RunAsync(Mapping, Ct);
        var retriedWrite = sandbox.Journal.List(method: "POST").Any(e => e.Service == "bc" && e.PathAndQuery.Contains("/$batch", StringComparison.Ordinal));
        var afterSecond = (await rig.Store.FindByBusinessCentralIdAsync(Mapping.Name, pairs[0].CustomerId, Ct))!.LastSync!.Failure;
        sandbox.Journal.Clear();
        var third = await rig.Sync.RunAsync(Mapping, Ct);

        Assert.Equal((1, 0, 0), (first.Failed, first.ModifiedInBusinessCentral, first.RetriedFailures));
        Assert.Equal((1, false), (afterFirst!.Count, afterFirst.Skipped));
        Assert.Equal((1, 1), (second.RetriedFailures, second.Failed));
        Assert.True(retriedWrite, "the failed pair was written again although nobody edited it");
        Assert.Equal(afterFirst.Error, afterSecond!.Error);
        Assert.Equal((2, true), (afterSecond.Count, afterSecond.Skipped));
        Assert.Equal((0, 0), (third.RetriedFailures, third.Failed));
        Assert.DoesNotContain(sandbox.Journal.List(), e => e.Method is "POST" or "PATCH");

        Assert.True(await rig.Service.RetryAsync(Mapping, pairs[0].Number, Ct));
        await EditSalesAsync(pairs[0].AccountId, "telephone1", "+44 113 496 0001");
        var fixedRun = await rig.Sync.RunAsync(Mapping, Ct);

        Assert.Equal((1, 0), (fixedRun.ModifiedInBusinessCentral, fixedRun.Failed));
        Assert.Null((await rig.Store.FindByBusinessCentralIdAsync(Mapping.Name, pairs[0].CustomerId, Ct))!.LastSync!.Failure);
        Assert.Equal("+44 113 496 0001", (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, pairs[0].CustomerId, Mapping.BusinessCentralFields, Ct))!["phoneNumber"]);
        Assert.Equal(0, (await rig.Sync.RunAsync(Mapping, Ct)).RetriedFailures);
    }

    [Fact]
    public async Task RetriedAfterRetryAsync_WithoutAnyEdit()
    {
        var rig = await sandbox.StartTestAsync();
        var pairs = await sandbox.CoupleNewAsync(rig, 1);
        await rig.Sync.RunAsync(Mapping, Ct);
        await EditSalesAsync(pairs[0].AccountId, "telephone1", new string('5', 40));
        await rig.Sync.RunAsync(Mapping, Ct);
        await rig.Sync.RunAsync(Mapping, Ct); // the same error twice: Skipped

        Assert.True(await rig.Service.RetryAsync(Mapping, pairs[0].Number, Ct));
        var run = await rig.Sync.RunAsync(Mapping, Ct);

        Assert.Equal((1, 1), (run.RetriedFailures, run.Failed));
        var failure = (await rig.Store.FindByBusinessCentralIdAsync(Mapping.Name, pairs[0].CustomerId, Ct))!.LastSync!.Failure!;
        Assert.Equal((1, false), (failure.Count, failure.Skipped));
    }

    [Fact]
    public async Task CounterpartReadFailing_IsNotRecordedOnTheCoupling_AndTheWatermarksWaitForTheNextRun()
    {
        var rig = await sandbox.StartTestAsync();
        var pairs = await sandbox.CoupleNewAsync(rig, 1);
        await rig.Sync.RunAsync(Mapping, Ct);
        await EditSalesAsync(pairs[0].AccountId, "address1_city", "Selby");
        var before = await rig.Watermarks.GetAsync(Mapping.Name, Ct);
        // A 500 is not retried, even for reads: the batch reading the customer fails as a whole.
        (await sandbox.Control.PostAsJsonAsync("_sandbox/faults",
            new { service = "bc", method = "POST", pathContains = "$batch", status = 500, count = 1 }, Ct)).EnsureSuccessStatusCode();

        var failed = await rig.Sync.RunAsync(Mapping, Ct);
        var held = await rig.Watermarks.GetAsync(Mapping.Name, Ct);
        var again = await rig.Sync.RunAsync(Mapping, Ct);

        Assert.Equal((1, 0), (failed.Failed, failed.ModifiedInBusinessCentral));
        Assert.Equal(before, held);
        Assert.Equal((0, 1), (again.Failed, again.ModifiedInBusinessCentral));
        Assert.Equal("Selby", (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, pairs[0].CustomerId, Mapping.BusinessCentralFields, Ct))!["city"]);
        Assert.Null((await rig.Store.FindByBusinessCentralIdAsync(Mapping.Name, pairs[0].CustomerId, Ct))!.LastSync!.Failure);
        Assert.NotEqual(before, await rig.Watermarks.GetAsync(Mapping.Name, Ct));
    }

    [Fact]
    public async Task SalesDeletion_UncoupleRule_RemovesTheCoupling()
    {
        var mapping = Mapping with { DeletedCounterpartRule = DeletedCounterpartRule.Uncouple };
        var rig = await sandbox.StartTestAsync();
        var pairs = await sandbox.CoupleNewAsync(rig, 2);
        await rig.Sync.RunAsync(mapping, Ct);
        await sandbox.Sales.DeleteAsync(mapping.Sales, pairs[0].AccountId, "*", Ct);

        var run = await rig.Sync.RunAsync(mapping, Ct);
        var next = await rig.Sync.RunAsync(mapping, Ct);

        Assert.Equal((1, 1, 0, 0, 0), (run.SalesDeletions, run.DeletionsUncoupled, run.DeletionsRestored, run.DeletionsFailed, run.Failed));
        Assert.Equal(1, run.DeletionsHandled);
        Assert.Null(await rig.Store.FindByBusinessCentralIdAsync(mapping.Name, pairs[0].CustomerId, Ct));
        Assert.NotNull(await rig.Store.FindByBusinessCentralIdAsync(mapping.Name, pairs[1].CustomerId, Ct));
        Assert.NotNull(await sandbox.BusinessCentral.GetAsync(mapping.BusinessCentral, pairs[0].CustomerId, mapping.BusinessCentralFields, Ct));
        Assert.Equal((0, 0), (next.SalesDeletions, next.DeletionsHandled));
    }

    [Fact]
    public async Task SalesDeletion_RestoreRule_RecreatesUnderTheDeterministicKey_AndRecouples()
    {
        var mapping = Mapping with { DeletedCounterpartRule = DeletedCounterpartRule.Restore };
        var rig = await sandbox.StartTestAsync();
        var pairs = await sandbox.CoupleNewAsync(rig, 1);
        await rig.Sync.RunAsync(mapping, Ct);
        await sandbox.Sales.DeleteAsync(mapping.Sales, pairs[0].AccountId, "*", Ct);

        var run = await rig.Sync.RunAsync(mapping, Ct);

        Assert.Equal((1, 1, 0), (run.SalesDeletions, run.DeletionsRestored, run.Failed));
        var coupling = (await rig.Store.FindByBusinessCentralIdAsync(mapping.Name, pairs[0].CustomerId, Ct))!;
        Assert.Equal(CreateKeys.SalesKey(mapping.Name, pairs[0].CustomerId), coupling.SalesId, StringComparer.OrdinalIgnoreCase);
        var restored = (await sandbox.Sales.GetAsync(mapping.Sales, coupling.SalesId, mapping.SalesFields, Ct))!;
        Assert.Equal(("Incremental Customer 0", "Leeds"), (restored["name"], restored["address1_city"]));
        var next = await rig.Sync.RunAsync(mapping, Ct);
        Assert.Equal((0, 0), (next.Failed, next.DeletionsHandled));
    }

    [Fact]
    public async Task SalesDeletion_FailRule_RecordsAFailure_TriesOnceMore_ThenSkips()
    {
        var mapping = Mapping with { DeletedCounterpartRule = DeletedCounterpartRule.Fail };
        var rig = await sandbox.StartTestAsync();
        var pairs = await sandbox.CoupleNewAsync(rig, 1);
        await rig.Sync.RunAsync(mapping, Ct);
        await sandbox.Sales.DeleteAsync(mapping.Sales, pairs[0].AccountId, "*", Ct);

        var first = await rig.Sync.RunAsync(mapping, Ct);
        var afterFirst = (await rig.Store.FindByBusinessCentralIdAsync(mapping.Name, pairs[0].CustomerId, Ct))!.LastSync!.Failure!;
        var second = await rig.Sync.RunAsync(mapping, Ct);
        var afterSecond = (await rig.Store.FindByBusinessCentralIdAsync(mapping.Name, pairs[0].CustomerId, Ct))!.LastSync!.Failure!;
        var third = await rig.Sync.RunAsync(mapping, Ct);

        Assert.Equal((1, 1), (first.SalesDeletions, first.DeletionsFailed));
        Assert.Contains("deleted", afterFirst.Error, StringComparison.Ordinal);
        Assert.Equal((1, false), (afterFirst.Count, afterFirst.Skipped));
        Assert.Equal((0, 1, 1), (second.SalesDeletions, second.RetriedFailures, second.DeletionsFailed));
        Assert.Equal((2, true), (afterSecond.Count, afterSecond.Skipped));
        Assert.Equal((0, 0), (third.RetriedFailures, third.DeletionsHandled));
    }

    private async Task EditSalesAsync(string accountId, string field, string value)
    {
        var account = (await sandbox.Sales.GetAsync(Mapping.Sales, accountId, Mapping.SalesFields, Ct))!;
        await sandbox.Sales.UpdateAsync(Mapping.Sales, account.Id, account.ETag, new Dictionary<string, string?> { [field] = value }, Mapping.SalesFields, Ct);
    }
}
