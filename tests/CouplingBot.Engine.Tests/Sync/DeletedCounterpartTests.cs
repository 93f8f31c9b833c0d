using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;
using static CouplingBot.Engine.Tests.Sync.SyncFixtures;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>The anchor's deleted-coupled-record rules: fail, restore, uncouple.</summary>
public class DeletedCounterpartTests
{
    [Fact]
    public void Decide_BothPresent_Null()
    {
        Assert.Null(DeletedCounterpart.Decide(Mapping, Bc(null), Sales(null), DeletedCounterpartRule.Fail));
    }

    [Fact]
    public void Decide_Fail_ReportsWithoutAPlan()
    {
        var decision = DeletedCounterpart.Decide(Mapping, Bc(null), null, DeletedCounterpartRule.Fail)!;

        Assert.Equal(Side.Sales, decision.Missing);
        Assert.Equal(DeletedCounterpartRule.Fail, decision.Action);
        Assert.Null(decision.Restore);
        Assert.Contains("Restore", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_RestoreSales_CreatesWithEveryFieldThatFlowsToSales()
    {
        var decision = DeletedCounterpart.Decide(Mapping, Bc(null), null, DeletedCounterpartRule.Restore)!;

        Assert.Equal(PlanOutcome.Create, decision.Restore!.Outcome);
        Assert.Equal(
            new Dictionary<string, string?> { ["name"] = "Cannon", ["address1_city"] = "Birmingham", ["accountnumber"] = "10000" },
            SyncPlanner.TargetValues(decision.Restore));
    }

    [Fact]
    public void Decide_RestoreBusinessCentral_NeverCopiesAToSalesOnlyField()
    {
        var decision = DeletedCounterpart.Decide(Mapping, null, Sales(null), DeletedCounterpartRule.Restore)!;

        Assert.Equal(Side.BusinessCentral, decision.Restore!.Target);
        Assert.DoesNotContain("number", SyncPlanner.TargetValues(decision.Restore).Keys);
        Assert.Equal("Cannon", SyncPlanner.TargetValues(decision.Restore)["displayName"]);
    }

    [Fact]
    public void Decide_Uncouple_AndBothMissing_Uncouple()
    {
        Assert.Equal(DeletedCounterpartRule.Uncouple, DeletedCounterpart.Decide(Mapping, null, Sales(null), DeletedCounterpartRule.Uncouple)!.Action);
        var both = DeletedCounterpart.Decide(Mapping, null, null, DeletedCounterpartRule.Restore)!;
        Assert.Equal(DeletedCounterpartRule.Uncouple, both.Action);
        Assert.Null(both.Missing);
    }
}
