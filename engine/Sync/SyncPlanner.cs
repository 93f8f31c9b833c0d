using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>
/// The pure synchronization decision for one coupled pair: which side changed since the last sync,
/// whether that is a conflict, and which fields to write. No I/O.
/// </summary>
public static partial class SyncPlanner
{
    /// <summary>
    /// Plans a synchronization in the asked-for direction. <see cref="SyncDirection.ToSales"/> and
    /// <see cref="SyncDirection.FromSales"/> copy every differing field that may flow that way (the
    /// anchor's Send / Get: the chosen side wins). <see cref="SyncDirection.Automatic"/> merges (see
    /// <see cref="Merge"/>), settling field conflicts with <paramref name="policy"/> (default: the
    /// mapping's <see cref="TableMapping.ConflictRule"/>, the anchor's per-mapping conflict rule).
    /// Values are translated on the way (<see cref="FieldTransform"/>) through <paramref name="lookups"/>;
    /// a value that cannot be translated (a salesperson not coupled, a payment term with no option) is a
    /// failure on the plan (<see cref="PlanOutcome.Failed"/>), and such a plan must not be written.
    /// </summary>
    public static SyncPlan Plan(
        TableMapping mapping, Coupling coupling, EntityRecord businessCentral, EntityRecord sales, SyncDirection direction, IConflictPolicy? policy = null,
        LookupValues? lookups = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(businessCentral);
        ArgumentNullException.ThrowIfNull(sales);
        if (direction == SyncDirection.Automatic)
        {
            return Merge(mapping, coupling, businessCentral, sales, policy ?? ConflictPolicies.For(mapping.ConflictRule), lookups);
        }

        var target = direction == SyncDirection.ToSales ? Side.Sales : Side.BusinessCentral;
        var readings = Read(mapping, businessCentral, sales, lookups);
        var writes = readings
            .Where(r => (target == Side.Sales ? r.Field.FlowsToSales : r.Field.FlowsFromSales) && !r.Agree)
            .Select(r => r.Toward(target))
            .ToList();

        var (businessCentralChanged, salesChanged) = ChangedSides(coupling, businessCentral, sales);
        return new SyncPlan(direction, [.. writes.Select(w => w.Change).OfType<FieldChange>()], businessCentralChanged, salesChanged,
            IsAnchorConflict(readings, coupling, businessCentralChanged, salesChanged))
        { Failures = [.. writes.Select(w => w.Failure).OfType<FieldValueFailure>()] };
    }

    /// <summary>Every enabled field of the pair, read and translated both ways.</summary>
    public static IReadOnlyList<FieldReading> Read(TableMapping mapping, EntityRecord businessCentral, EntityRecord sales, LookupValues? lookups = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return [.. mapping.EnabledFields.Select(f => FieldReading.Of(f, businessCentral, sales, lookups ?? LookupValues.None))];
    }

    /// <summary>
    /// Changed means modified after the version stored at the last sync; a record never synchronized
    /// counts as changed.
    /// </summary>
    public static bool HasChanged(DateTimeOffset? lastSynced, DateTimeOffset current) =>
        lastSynced is null || current > lastSynced;

    /// <summary>
    /// Which sides changed since the last sync, by the anchor's rule "Changed = last sync failed and not
    /// skipped, OR modified later than stored", with our own writes not counted
    /// (<see cref="EchoSuppression.HasForeignChange"/>).
    /// </summary>
    public static (bool BusinessCentral, bool Sales) ChangedSides(Coupling coupling, EntityRecord businessCentral, EntityRecord sales)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        var pending = SyncFailures.IsPending(coupling.LastSync?.Failure);
        return (
            pending || EchoSuppression.HasForeignChange(coupling.LastSync, Side.BusinessCentral, businessCentral),
            pending || EchoSuppression.HasForeignChange(coupling.LastSync, Side.Sales, sales));
    }

    /// <summary>The body of a one-way write: target field name to new value.</summary>
    /// <exception cref="InvalidOperationException">The plan is a merge, which writes both sides: use <see cref="ValuesFor"/>.</exception>
    public static IReadOnlyDictionary<string, string?> TargetValues(SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Direction == SyncDirection.Automatic && !plan.CreatesTarget)
        {
            throw new InvalidOperationException("A merge writes both sides; take each side's body with ValuesFor(plan, side).");
        }

        return ValuesFor(plan, plan.Target);
    }

    /// <summary>
    /// The body of the write on one side: that side's field name to new value (empty when nothing is written
    /// there). A Sales lookup is written as <c>column@odata.bind</c> with a <c>/set(id)</c> reference.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ValuesFor(SyncPlan plan, Side side)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.ChangesOn(side).ToDictionary(
            c => side == Side.Sales ? c.Field.SalesWriteField : c.Field.BusinessCentralField,
            c => FieldValues.Normalize(side == Side.Sales ? c.Field.SalesWriteValue(c.NewValue) : c.NewValue),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The anchor's conflict: "source changed AND target changed since last sync AND at least one
    /// two-way field would change". A coupling never synchronized is not a conflict here.
    /// </summary>
    private static bool IsAnchorConflict(IReadOnlyList<FieldReading> readings, Coupling coupling, bool businessCentralChanged, bool salesChanged) =>
        coupling.LastSync is not null && businessCentralChanged && salesChanged
        && readings.Any(r => r.Field.Direction == FieldDirection.Bidirectional && !r.Agree);
}
