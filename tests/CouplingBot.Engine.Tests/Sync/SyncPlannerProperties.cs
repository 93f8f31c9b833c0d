using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;
using CsCheck;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>Properties of the sync decision over random records.</summary>
public class SyncPlannerProperties
{
    private static readonly TableMapping Mapping = SyncFixtures.Translatable;
    private static readonly LookupValues Lookups = SyncFixtures.IdentityLookups("a", "b", "a b", "ab");
    private static readonly Coupling Coupling = new("CUSTOMER", "bc", "s", "1", "n", Records.T0, "test");

    // Values drawn from a small alphabet so that equal values are common; "" and null both occur.
    private static readonly Gen<string?> Value = Gen.OneOf(new string?[] { null, "", "a", "b", "a b", "ab" });

    private static readonly Gen<EntityRecord> BusinessCentral = Value.Array[Mapping.Fields.Length].Select(values =>
        Records.Make("bc", null, [.. Mapping.Fields.Select((f, i) => (f.BusinessCentralField, values[i]))]));

    private static readonly Gen<EntityRecord> Sales = Value.Array[Mapping.Fields.Length].Select(values =>
        Records.Make("s", null, [.. Mapping.Fields.Select((f, i) => (f.SalesReadField, values[i]))]));

    [Fact]
    public void ApplyingAPlan_ThenPlanningAgain_ChangesNothing()
    {
        Gen.Select(BusinessCentral, Sales, Gen.Enum<SyncDirection>()).Sample((bc, sales, direction) =>
        {
            var plan = SyncPlanner.Plan(Mapping, Coupling, bc, sales, direction, lookups: Lookups);
            var (bcAfter, salesAfter) = Apply(plan, bc, sales);

            return SyncPlanner.Plan(Mapping, Coupling, bcAfter, salesAfter, direction, lookups: Lookups).Changes.Count == 0;
        });
    }

    [Fact]
    public void APlan_OnlyEverWritesTheTargetOfItsDirection_AndOnlyFieldsThatMayFlowThatWay()
    {
        Gen.Select(BusinessCentral, Sales, Gen.Enum<SyncDirection>()).Sample((bc, sales, direction) =>
            SyncPlanner.Plan(Mapping, Coupling, bc, sales, direction, lookups: Lookups).Changes.All(c =>
                direction == SyncDirection.Automatic || c.Target == (direction == SyncDirection.ToSales ? Side.Sales : Side.BusinessCentral))
            && SyncPlanner.Plan(Mapping, Coupling, bc, sales, direction, lookups: Lookups).Changes.All(c =>
                c.Target == Side.Sales ? c.Field.FlowsToSales : c.Field.FlowsFromSales));
    }

    private static (EntityRecord BusinessCentral, EntityRecord Sales) Apply(SyncPlan plan, EntityRecord bc, EntityRecord sales) =>
        SyncPlanner.Apply(plan, bc, sales);
}
