using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

public static partial class SyncPlanner
{
    /// <summary>
    /// The anchor's "Merge", field by field. A one-way field that differs flows its only way. A two-way
    /// field that differs: with a <see cref="FieldSnapshot"/>, a field changed only on one side flows to
    /// the other, changed on both sides = a field conflict (changed on both to the same value: nothing
    /// to do, it no longer differs); without a snapshot (older couplings, fields mapped later), the
    /// record-level rule: only one side changed = it wins, both or neither = a conflict. Conflicts go to
    /// <paramref name="policy"/>; those it leaves to a person stay on the plan and are never written.
    /// </summary>
    public static SyncPlan Merge(TableMapping mapping, Coupling coupling, EntityRecord businessCentral, EntityRecord sales, IConflictPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(businessCentral);
        ArgumentNullException.ThrowIfNull(sales);
        ArgumentNullException.ThrowIfNull(policy);

        var (businessCentralChanged, salesChanged) = ChangedSides(coupling, businessCentral, sales);
        var snapshot = coupling.LastSync?.Snapshot;
        var changes = new List<FieldChange>();
        var conflicts = new List<FieldConflict>();
        foreach (var field in mapping.Fields)
        {
            var bc = businessCentral[field.BusinessCentralField];
            var s = sales[field.SalesField];
            if (FieldValues.AreEqual(bc, s))
            {
                continue;
            }

            var (bcChanged, sChanged) = field.Direction switch
            {
                FieldDirection.ToSales => (true, false),
                FieldDirection.FromSales => (false, true),
                _ when snapshot is not null && snapshot.TryGet(field, out var lastBc, out var lastSales) =>
                    (!FieldValues.AreEqual(bc, lastBc), !FieldValues.AreEqual(s, lastSales)),
                _ => (businessCentralChanged, salesChanged),
            };

            if (bcChanged != sChanged)
            {
                changes.Add(bcChanged ? FieldChange.ToSales(field, bc, s) : FieldChange.FromSales(field, bc, s));
            }
            else
            {
                conflicts.Add(new FieldConflict(field, bc, s));
            }
        }

        var plan = new SyncPlan(SyncDirection.Automatic, changes, businessCentralChanged, salesChanged,
            IsAnchorConflict(mapping, coupling, businessCentral, sales, businessCentralChanged, salesChanged))
        { Conflicts = conflicts };
        return Resolve(plan, policy);
    }

    /// <summary>
    /// Applies a conflict policy (a rule, or a person's per-field decisions) to a plan's open conflicts:
    /// each conflict it settles becomes a write towards the losing side; the rest stay open.
    /// </summary>
    public static SyncPlan Resolve(SyncPlan plan, IConflictPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(policy);
        var changes = plan.Changes.ToList();
        var open = new List<FieldConflict>();
        foreach (var conflict in plan.Conflicts)
        {
            switch (policy.Resolve(conflict))
            {
                case ConflictResolution.KeepBusinessCentral when conflict.Field.FlowsToSales:
                    changes.Add(FieldChange.ToSales(conflict.Field, conflict.BusinessCentralValue, conflict.SalesValue));
                    break;
                case ConflictResolution.KeepSales when conflict.Field.FlowsFromSales:
                    changes.Add(FieldChange.FromSales(conflict.Field, conflict.BusinessCentralValue, conflict.SalesValue));
                    break;
                default:
                    open.Add(conflict);
                    break;
            }
        }

        return plan with { Changes = changes, Conflicts = open };
    }

    /// <summary>Both records as they will be once the plan's changes are written (for snapshots and tests).</summary>
    public static (EntityRecord BusinessCentral, EntityRecord Sales) Apply(SyncPlan plan, EntityRecord businessCentral, EntityRecord sales)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(businessCentral);
        ArgumentNullException.ThrowIfNull(sales);
        return (Write(businessCentral, ValuesFor(plan, Side.BusinessCentral)), Write(sales, ValuesFor(plan, Side.Sales)));
    }

    private static EntityRecord Write(EntityRecord record, IReadOnlyDictionary<string, string?> values)
    {
        if (values.Count == 0)
        {
            return record;
        }

        var fields = new Dictionary<string, string?>(record.Fields, StringComparer.Ordinal);
        foreach (var (field, value) in values)
        {
            fields[field] = value;
        }

        return record with { Fields = fields };
    }
}
