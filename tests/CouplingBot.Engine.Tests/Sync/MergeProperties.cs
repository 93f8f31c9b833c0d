using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;
using CsCheck;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>Properties of every direction, merges and conflict policies over random couplings and records.</summary>
public class MergeProperties
{
    private static readonly TableMapping Mapping = SyncFixtures.Translatable;
    private static readonly LookupValues Lookups = SyncFixtures.IdentityLookups("a", "b", "ab");
    private static readonly DateTimeOffset Later = Records.T0.AddMinutes(5);

    private static readonly Gen<string?> Value = Gen.OneOf(new string?[] { null, "", "a", "b", "ab" });
    private static readonly Gen<DateTimeOffset> ModifiedOn = Gen.OneOf(new[] { Records.T0, Later });
    private static readonly Gen<string?[]> Values = Value.Array[Mapping.Fields.Length];

    private static readonly Gen<EntityRecord> BusinessCentral = Gen.Select(Values, ModifiedOn, (v, at) =>
        Records.Make("bc", at, [.. Mapping.Fields.Select((f, i) => (f.BusinessCentralField, v[i]))]));

    private static readonly Gen<EntityRecord> Sales = Gen.Select(Values, ModifiedOn, (v, at) =>
        Records.Make("s", at, [.. Mapping.Fields.Select((f, i) => (f.SalesReadField, v[i]))]));

    /// <summary>Never synced, synced without a snapshot (older couplings), or synced with one.</summary>
    private static readonly Gen<Coupling> Coupling = Gen.Select(Gen.Int[0, 2], BusinessCentral, Sales, (kind, bc, sales) =>
        new Coupling("CUSTOMER", "bc", "s", "1", "n", Records.T0, "test", kind == 0 ? null
            : new SyncState(Records.T0, "test", SyncDirection.Automatic, 0, Records.T0, Records.T0,
                kind == 2 ? FieldSnapshot.Capture(Mapping, bc, sales) : null)));

    private static readonly Gen<ConflictRule> Rule = Gen.Enum<ConflictRule>();

    [Fact]
    public void SynchronizingTwice_ChangesNothingTheSecondTime_InEveryDirectionAndRule()
    {
        Gen.Select(Coupling, BusinessCentral, Sales, Gen.Enum<SyncDirection>(), Rule).Sample((coupling, bc, sales, direction, rule) =>
        {
            var plan = SyncPlanner.Plan(Mapping, coupling, bc, sales, direction, ConflictPolicies.For(rule), Lookups);
            var (bcAfter, salesAfter) = SyncPlanner.Apply(plan, bc, sales);
            var synced = coupling with
            {
                LastSync = new SyncState(Records.T0, "test", direction, plan.Changes.Count, bcAfter.ModifiedOn, salesAfter.ModifiedOn,
                    FieldSnapshot.Capture(Mapping, bcAfter, salesAfter)),
            };

            return SyncPlanner.Plan(Mapping, synced, bcAfter, salesAfter, direction, ConflictPolicies.For(rule), Lookups).Changes.Count == 0;
        });
    }

    [Fact]
    public void AMergeWithAWinningSide_MakesBothSidesEqualOnTwoWayFields()
    {
        Gen.Select(Coupling, BusinessCentral, Sales, Gen.Bool).Sample((coupling, bc, sales, bcWins) =>
        {
            var policy = bcWins ? ConflictPolicies.BusinessCentralWins : ConflictPolicies.SalesWins;
            var (bcAfter, salesAfter) = SyncPlanner.Apply(SyncPlanner.Plan(Mapping, coupling, bc, sales, SyncDirection.Automatic, policy, Lookups), bc, sales);

            return Mapping.EnabledFields.Where(f => f.Direction == FieldDirection.Bidirectional)
                .All(f => FieldValues.AreEqual(bcAfter[f.BusinessCentralField], salesAfter[f.SalesReadField]));
        });
    }

    [Fact]
    public void NoWriteIsEverPlanned_ForAFieldWhoseDirectionForbidsIt()
    {
        Gen.Select(Coupling, BusinessCentral, Sales, Gen.Enum<SyncDirection>(), Rule).Sample((coupling, bc, sales, direction, rule) =>
            SyncPlanner.Plan(Mapping, coupling, bc, sales, direction, ConflictPolicies.For(rule), Lookups).Changes
                .All(c => c.Target == Side.Sales ? c.Field.FlowsToSales : c.Field.FlowsFromSales));
    }

    [Fact]
    public void FailAndAsk_NeverPlansAWriteToAConflictingField()
    {
        Gen.Select(Coupling, BusinessCentral, Sales).Sample((coupling, bc, sales) =>
        {
            var plan = SyncPlanner.Plan(Mapping, coupling, bc, sales, SyncDirection.Automatic, ConflictPolicies.FailAndAsk, Lookups);
            return plan.Conflicts.All(conflict => plan.Changes.All(c => c.Field != conflict.Field))
                && (plan.Conflicts.Count == 0) == (plan.Outcome != PlanOutcome.NeedsDecision);
        });
    }
}
