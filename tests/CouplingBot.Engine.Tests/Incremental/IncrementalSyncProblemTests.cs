using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Mappings;

namespace CouplingBot.Engine.Tests.Incremental;

/// <summary>
/// <see cref="IncrementalSyncReport.NewProblems"/> against the sandbox and Azurite: a failure is new the first time its error
/// is recorded on the coupling, not on the runs that see it again; a conflict is new in the run that finds it.
/// </summary>
public sealed class IncrementalSyncProblemTests(IncrementalSandbox sandbox) : IClassFixture<IncrementalSandbox>
{
    private static readonly TableMapping Mapping = IncrementalSandbox.Mapping;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FailingRecord_IsNewOnce_NotOnTheNextRunsWithTheSameFailure_AndNewAgainAfterARetryThatFails()
    {
        var rig = await sandbox.StartTestAsync();
        var pairs = await sandbox.CoupleNewAsync(rig, 2);
        var baseline = await rig.Sync.RunAsync(Mapping, Ct);
        // Sales takes 50 characters of phone number, Business Central 30: the write to Business Central is refused.
        await EditSalesAsync(pairs[0].AccountId, "telephone1", new string('4', 40));

        var first = await rig.Sync.RunAsync(Mapping, Ct);
        var second = await rig.Sync.RunAsync(Mapping, Ct);
        var third = await rig.Sync.RunAsync(Mapping, Ct);
        Assert.True(await rig.Service.RetryAsync(Mapping, pairs[0].Number, Ct));
        var afterRetry = await rig.Sync.RunAsync(Mapping, Ct);

        Assert.Empty(baseline.NewProblems);
        var problem = Assert.Single(first.NewProblems);
        Assert.Equal((Mapping.Name, pairs[0].CustomerId, pairs[0].Number, IncrementalProblemKind.Failed), (problem.Mapping, problem.BusinessCentralId, problem.Number, problem.Kind));
        var recorded = (await rig.Store.FindByBusinessCentralIdAsync(Mapping.Name, pairs[0].CustomerId, Ct))!.LastSync!.Failure!;
        Assert.Equal(recorded.Error, problem.Message);
        Assert.Equal((1, 0, 0), (second.Failed, second.NewProblems.Count, third.NewProblems.Count));
        Assert.Equal(pairs[0].Number, Assert.Single(afterRetry.NewProblems).Number);
    }

    [Fact]
    public async Task SameFieldChangedOnBothSides_IsANewConflict_NamingTheField()
    {
        var rig = await sandbox.StartTestAsync();
        var pairs = await sandbox.CoupleNewAsync(rig, 2);
        await rig.Sync.RunAsync(Mapping, Ct);
        var customer = (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, pairs[1].CustomerId, Mapping.BusinessCentralFields, Ct))!;
        await sandbox.BusinessCentral.UpdateAsync(Mapping.BusinessCentral, customer.Id, customer.ETag,
            new Dictionary<string, string?> { ["city"] = "York" }, Mapping.BusinessCentralFields, Ct);
        await EditSalesAsync(pairs[1].AccountId, "address1_city", "Hull");

        var run = await rig.Sync.RunAsync(Mapping, Ct);

        Assert.Equal(1, run.Conflicts);
        var problem = Assert.Single(run.NewProblems);
        Assert.Equal((pairs[1].Number, IncrementalProblemKind.Conflict), (problem.Number, problem.Kind));
        var city = Mapping.Fields.Single(f => f.BusinessCentralField == "city").Label;
        Assert.Contains(city, problem.Message, StringComparison.Ordinal);
    }

    private async Task EditSalesAsync(string accountId, string field, string value)
    {
        var account = (await sandbox.Sales.GetAsync(Mapping.Sales, accountId, Mapping.SalesFields, Ct))!;
        await sandbox.Sales.UpdateAsync(Mapping.Sales, account.Id, account.ETag, new Dictionary<string, string?> { [field] = value }, Mapping.SalesFields, Ct);
    }
}
