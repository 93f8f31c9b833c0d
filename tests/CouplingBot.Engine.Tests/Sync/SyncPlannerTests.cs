using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Sync;

public class SyncPlannerTests
{
    private static readonly TableMapping Mapping = CustomerMapping.Default;

    private static Coupling NeverSynced() =>
        new("CUSTOMER", "bc-10000", "acc-cannon", "10000", "Cannon Group", Records.T0, "test");

    private static Coupling SyncedAt(DateTimeOffset bc, DateTimeOffset sales) =>
        NeverSynced() with { LastSync = new SyncState(Records.T0, "test", SyncDirection.ToSales, 1, bc, sales) };

    [Fact]
    public void Plan_ToSales_WritesOnlyTheFieldsThatDiffer_WithOldAndNewValues()
    {
        var plan = SyncPlanner.Plan(Mapping, NeverSynced(), Records.Cannon(), Records.CannonAccount(), SyncDirection.ToSales);

        Assert.Equal(Side.Sales, plan.Target);
        Assert.Equal(
            [("name", "Cannon Group", "The Cannon Group PLC"), ("address1_line1", "190 Market Square", "192 Market Square"),
             ("address1_country", "United Kingdom", "GB"), ("telephone1", "+44 (121) 555-0100", "+44 121 555 0100"),
             ("emailaddress1", "info@cannongroup.example", "andy.teal@cannongroup.example"),
             ("websiteurl", "https://cannongroup.example", "www.cannongroup.example"), ("accountnumber", null, "10000")],
            plan.Changes.Select(c => (c.Field.SalesField, c.OldValue, c.NewValue)));
    }

    [Fact]
    public void Plan_FromSales_NeverWritesAToSalesOnlyField()
    {
        var plan = SyncPlanner.Plan(Mapping, NeverSynced(), Records.Cannon(), Records.CannonAccount(), SyncDirection.FromSales);

        Assert.Equal(Side.BusinessCentral, plan.Target);
        Assert.DoesNotContain(plan.Changes, c => c.Field.BusinessCentralField == "number");
        Assert.Contains(plan.Changes, c => c.Field.BusinessCentralField == "displayName" && c.NewValue == "Cannon Group");
    }

    [Fact]
    public void Plan_EmptyAndNullAreTheSame_SoNothingIsWritten()
    {
        var bc = Records.Make("bc", null, ("displayName", "X"), ("addressLine2", ""), ("number", "1"));
        var sales = Records.Make("s", null, ("name", "X"), ("address1_line2", null), ("accountnumber", "1"));

        Assert.Empty(SyncPlanner.Plan(Mapping, NeverSynced(), bc, sales, SyncDirection.ToSales).Changes);
    }

    [Fact]
    public void TargetValues_NamesTargetFields_AndSendsNullForEmpty()
    {
        var bc = Records.Make("bc", null, ("displayName", "X"), ("addressLine2", ""));
        var sales = Records.Make("s", null, ("name", "Y"), ("address1_line2", "Floor 2"));

        var values = SyncPlanner.TargetValues(SyncPlanner.Plan(Mapping, NeverSynced(), bc, sales, SyncDirection.ToSales));

        Assert.Equal("X", values["name"]);
        Assert.True(values.ContainsKey("address1_line2"));
        Assert.Null(values["address1_line2"]);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, true)]
    public void Plan_ConflictOnlyWhenBothSidesChangedSinceLastSync(bool bcChanged, bool salesChanged, bool conflict)
    {
        var bc = Records.Cannon(Records.T0.AddMinutes(bcChanged ? 5 : 0));
        var sales = Records.CannonAccount(Records.T0.AddMinutes(salesChanged ? 5 : 0));

        var plan = SyncPlanner.Plan(Mapping, SyncedAt(Records.T0, Records.T0), bc, sales, SyncDirection.ToSales);

        Assert.Equal(bcChanged, plan.BusinessCentralChanged);
        Assert.Equal(salesChanged, plan.SalesChanged);
        Assert.Equal(conflict, plan.IsConflict);
    }

    [Fact]
    public void Plan_BothChangedButTwoWayFieldsAgree_IsNoConflict()
    {
        var bc = Records.Make("bc", Records.T0.AddMinutes(1), ("displayName", "Same"));
        var sales = Records.Make("s", Records.T0.AddMinutes(1), ("name", "Same"));

        Assert.False(SyncPlanner.Plan(Mapping, SyncedAt(Records.T0, Records.T0), bc, sales, SyncDirection.ToSales).IsConflict);
    }

    [Fact]
    public void HasChanged_NeverSyncedCountsAsChanged()
    {
        Assert.True(SyncPlanner.HasChanged(null, Records.T0));
        Assert.False(SyncPlanner.HasChanged(Records.T0, Records.T0));
        Assert.True(SyncPlanner.HasChanged(Records.T0, Records.T0.AddTicks(1)));
    }
}
