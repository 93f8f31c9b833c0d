using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;
using static CouplingBot.Engine.Tests.Sync.SyncFixtures;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>The anchor's Merge, field by field, and its record-level fallback.</summary>
public class MergeTests
{
    private static readonly EntityRecord BcBase = Bc(Records.T0);
    private static readonly EntityRecord SalesBase = Sales(Records.T0);

    private static SyncPlan Merge(EntityRecord bc, EntityRecord sales, IConflictPolicy? policy = null, bool snapshot = true) =>
        SyncPlanner.Plan(Mapping, snapshot ? Synced(BcBase, SalesBase) : Synced(), bc, sales, SyncDirection.Automatic, policy);

    [Fact]
    public void Merge_FieldChangedOnlyInBusinessCentral_FlowsToSales()
    {
        var plan = Merge(Bc(Later, ("displayName", "A")), SalesBase);

        var change = Assert.Single(plan.Changes);
        Assert.Equal((Side.Sales, "Cannon", "A"), (change.Target, change.OldValue, change.NewValue));
        Assert.Equal(PlanOutcome.Modified, plan.Outcome);
    }

    [Fact]
    public void Merge_DifferentFieldsChangedOnEachSide_EachFlowsToTheOther()
    {
        var plan = Merge(Bc(Later, ("displayName", "A")), Sales(Later, ("address1_city", "Leeds")));

        Assert.Equal(new Dictionary<string, string?> { ["name"] = "A" }, SyncPlanner.ValuesFor(plan, Side.Sales));
        Assert.Equal(new Dictionary<string, string?> { ["city"] = "Leeds" }, SyncPlanner.ValuesFor(plan, Side.BusinessCentral));
        Assert.Empty(plan.Conflicts);
    }

    [Fact]
    public void Merge_SameFieldChangedOnBothSidesToDifferentValues_IsAFieldConflict()
    {
        var plan = Merge(Bc(Later, ("displayName", "A")), Sales(Later, ("name", "B")));

        var conflict = Assert.Single(plan.Conflicts);
        Assert.Equal(("displayName", "A", "B"), (conflict.Key, conflict.BusinessCentralValue, conflict.SalesValue));
        Assert.Empty(plan.Changes);
        Assert.Equal(PlanOutcome.NeedsDecision, plan.Outcome);
        Assert.True(plan.IsConflict);
    }

    [Fact]
    public void Merge_SameFieldChangedOnBothSidesToTheSameValue_NothingToDo()
    {
        var plan = Merge(Bc(Later, ("displayName", "A")), Sales(Later, ("name", "A")));

        Assert.Equal(PlanOutcome.Unchanged, plan.Outcome);
    }

    [Fact]
    public void Merge_OneWayFieldFlowsItsOnlyWay_NeverBack()
    {
        var plan = Merge(BcBase, Sales(Later, ("accountnumber", "99")));

        var change = Assert.Single(plan.Changes);
        Assert.Equal((Side.Sales, "10000"), (change.Target, change.NewValue));
    }

    [Theory]
    [InlineData(true, false, Side.Sales)]
    [InlineData(false, true, Side.BusinessCentral)]
    public void Merge_WithoutASnapshot_TheOnlyChangedSideWins(bool bcChanged, bool salesChanged, Side written)
    {
        var plan = Merge(Bc(bcChanged ? Later : Records.T0, ("displayName", "A")), Sales(salesChanged ? Later : Records.T0, ("name", "B")), snapshot: false);

        Assert.Equal(written, Assert.Single(plan.Changes).Target);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Merge_WithoutASnapshot_BothOrNeitherChanged_DifferingFieldsAreConflicts(bool changed)
    {
        var at = changed ? Later : Records.T0;

        var plan = Merge(Bc(at, ("displayName", "A")), Sales(at, ("name", "B")), snapshot: false);

        Assert.Single(plan.Conflicts);
        Assert.Empty(plan.Changes);
    }

    [Theory]
    [InlineData(ConflictRule.BusinessCentralWins, Side.Sales, "A")]
    [InlineData(ConflictRule.SalesWins, Side.BusinessCentral, "B")]
    public void Merge_ConflictRule_DecidesTheWinner(ConflictRule rule, Side written, string value)
    {
        var plan = Merge(Bc(Later, ("displayName", "A")), Sales(Later, ("name", "B")), ConflictPolicies.For(rule));

        var change = Assert.Single(plan.Changes);
        Assert.Equal((written, value), (change.Target, change.NewValue));
        Assert.Empty(plan.Conflicts);
    }

    [Fact]
    public void Resolve_APersonsPerFieldDecisions_SettleTheirFields_OthersStayOpen()
    {
        var plan = Merge(Bc(Later, ("displayName", "A"), ("city", "X")), Sales(Later, ("name", "B"), ("address1_city", "Y")));

        var resolved = SyncPlanner.Resolve(plan, ConflictPolicies.Decisions(
            new Dictionary<string, ConflictResolution> { ["displayName"] = ConflictResolution.KeepSales }));

        Assert.Equal("B", Assert.Single(resolved.Changes).NewValue);
        Assert.Equal("city", Assert.Single(resolved.Conflicts).Key);
    }

    [Fact]
    public void TargetValues_OfAMerge_Throws_UseValuesFor()
    {
        Assert.Throws<InvalidOperationException>(() => SyncPlanner.TargetValues(Merge(BcBase, SalesBase)));
    }
}
