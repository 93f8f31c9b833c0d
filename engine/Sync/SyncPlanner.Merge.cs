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
    public static SyncPlan Merge(
        TableMapping mapping, Coupling coupling, EntityRecord businessCentral, EntityRecord sales, IConflictPolicy policy, LookupValues? lookups = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(businessCentral);
        ArgumentNullException.ThrowIfNull(sales);
        ArgumentNullException.ThrowIfNull(policy);

        var (businessCentralChanged, salesChanged) = ChangedSides(coupling, businessCentral, sales);
        var snapshot = coupling.LastSync?.Snapshot;
        var readings = Read(mapping, businessCentral, sales, lookups);
        var writes = new List<FieldReading.PlannedWrite>();
        var conflicts = new List<FieldConflict>();
        foreach (var reading in readings.Where(r => !r.Agree))
        {
            var field = reading.Field;
            var (bcChanged, sChanged) = field.Direction switch
            {
                FieldDirection.ToSales => (true, false),
                FieldDirection.FromSales => (false, true),
                _ when snapshot is not null && snapshot.TryGet(field, out var lastBc, out var lastSales) =>
                    (!FieldValues.AreEqual(reading.BusinessCentral, lastBc), !FieldValues.AreEqual(reading.Sales, lastSales)),
                _ => (businessCentralChanged, salesChanged),
            };

            if (bcChanged != sChanged)
            {
                writes.Add(reading.Toward(bcChanged ? Side.Sales : Side.BusinessCentral));
            }
            else
            {
                conflicts.Add(new FieldConflict(field, reading.BusinessCentralDisplay, reading.SalesDisplay) { Reading = reading });
            }
        }

        var plan = new SyncPlan(SyncDirection.Automatic, [.. writes.Select(w => w.Change).OfType<FieldChange>()], businessCentralChanged, salesChanged,
            IsAnchorConflict(readings, coupling, businessCentralChanged, salesChanged))
        {
            Conflicts = conflicts,
            Failures = [.. writes.Select(w => w.Failure).OfType<FieldValueFailure>()],
        };
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
        var failures = plan.Failures.ToList();
        var open = new List<FieldConflict>();
        foreach (var conflict in plan.Conflicts)
        {
            var winner = policy.Resolve(conflict) switch
            {
                ConflictResolution.KeepBusinessCentral when conflict.Field.FlowsToSales => Side.Sales,
                ConflictResolution.KeepSales when conflict.Field.FlowsFromSales => Side.BusinessCentral,
                _ => (Side?)null,
            };
            if (winner is not { } target)
            {
                open.Add(conflict);
                continue;
            }

            var write = conflict.Reading?.Toward(target) ?? new FieldReading.PlannedWrite(target == Side.Sales
                ? FieldChange.ToSales(conflict.Field, conflict.BusinessCentralValue, conflict.SalesValue)
                : FieldChange.FromSales(conflict.Field, conflict.BusinessCentralValue, conflict.SalesValue), null);
            changes.AddRange(write.Change is { } change ? [change] : []);
            failures.AddRange(write.Failure is { } failure ? [failure] : []);
        }

        return plan with { Changes = changes, Conflicts = open, Failures = failures };
    }

    /// <summary>Both records as they will be once the plan's changes are written (for snapshots and tests).</summary>
    public static (EntityRecord BusinessCentral, EntityRecord Sales) Apply(SyncPlan plan, EntityRecord businessCentral, EntityRecord sales)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(businessCentral);
        ArgumentNullException.ThrowIfNull(sales);
        return (Write(businessCentral, plan.ChangesOn(Side.BusinessCentral), c => c.Field.BusinessCentralField),
            Write(sales, plan.ChangesOn(Side.Sales), c => c.Field.SalesReadField));
    }

    /// <summary>A record with the changes' new values under the names the record is read with.</summary>
    private static EntityRecord Write(EntityRecord record, IReadOnlyList<FieldChange> changes, Func<FieldChange, string> column)
    {
        if (changes.Count == 0)
        {
            return record;
        }

        var fields = new Dictionary<string, string?>(record.Fields, StringComparer.Ordinal);
        foreach (var change in changes)
        {
            fields[column(change)] = FieldValues.Normalize(change.NewValue);
        }

        return record with { Fields = fields };
    }
}
