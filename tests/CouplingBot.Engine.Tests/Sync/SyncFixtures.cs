using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>Couplings, records and snapshots for the sync tests.</summary>
internal static class SyncFixtures
{
    public static readonly TableMapping Mapping = CustomerMapping.Default;

    public static readonly DateTimeOffset Later = Records.T0.AddMinutes(5);

    /// <summary>
    /// The shipped CUSTOMER mapping's enabled fields with lookups but without the option-mapped one, for property
    /// tests over arbitrary values: with <see cref="IdentityLookups"/> every generated value translates.
    /// </summary>
    public static readonly TableMapping Translatable = CustomerMapping.Default with
    {
        Fields = [.. CustomerMapping.Default.EnabledFields.Where(f => f.ValueMap is null)],
    };

    /// <summary>Lookups under which each of <paramref name="values"/> is coupled to itself, for every lookup of <see cref="Translatable"/>.</summary>
    public static LookupValues IdentityLookups(params string[] values) =>
        Translatable.EnabledFields.Select(f => f.Lookup).OfType<FieldLookup>()
            .SelectMany(l => values.Select(v => (Lookup: l, Value: v)))
            .Aggregate(LookupValues.None, (all, x) => all.WithCoupling(x.Lookup.Mapping, x.Lookup.BusinessCentralKeyField, x.Value, x.Value));

    public static Coupling NeverSynced() => new("CUSTOMER", "bc", "s", "10000", "Cannon", Records.T0, "test");

    /// <summary>Synced at T0 on both sides, optionally with a snapshot of the given records' values.</summary>
    public static Coupling Synced(EntityRecord? bcAtSync = null, EntityRecord? salesAtSync = null, FailureState? failure = null) =>
        NeverSynced() with
        {
            LastSync = new SyncState(Records.T0, "test", SyncDirection.Automatic, 0, Records.T0, Records.T0,
                bcAtSync is null || salesAtSync is null ? null : FieldSnapshot.Capture(Mapping, bcAtSync, salesAtSync),
                failure),
        };

    public static EntityRecord Bc(DateTimeOffset? modifiedOn, params (string Field, string? Value)[] fields) =>
        Make("bc", modifiedOn, [("displayName", "Cannon"), ("city", "Birmingham"), ("number", "10000")], fields);

    public static EntityRecord Sales(DateTimeOffset? modifiedOn, params (string Field, string? Value)[] fields) =>
        Make("s", modifiedOn, [("name", "Cannon"), ("address1_city", "Birmingham"), ("accountnumber", "10000")], fields);

    private static EntityRecord Make(string id, DateTimeOffset? modifiedOn, (string Field, string? Value)[] defaults, (string Field, string? Value)[] overrides)
    {
        var fields = defaults.ToDictionary(f => f.Field, f => f.Value);
        foreach (var (field, value) in overrides)
        {
            fields[field] = value;
        }

        return Records.Make(id, modifiedOn, [.. fields.Select(f => (f.Key, f.Value))]);
    }
}
