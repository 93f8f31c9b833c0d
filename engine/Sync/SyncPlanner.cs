using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>
/// The pure synchronization decision for one coupled pair: which side changed since the last sync,
/// whether that is a conflict, and which fields to write. No I/O.
/// </summary>
public static class SyncPlanner
{
    /// <summary>Plans a synchronization in the asked-for direction.</summary>
    public static SyncPlan Plan(TableMapping mapping, Coupling coupling, EntityRecord businessCentral, EntityRecord sales, SyncDirection direction)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(businessCentral);
        ArgumentNullException.ThrowIfNull(sales);

        var changes = mapping.Fields
            .Where(f => direction == SyncDirection.ToSales ? f.FlowsToSales : f.FlowsFromSales)
            .Select(f => direction == SyncDirection.ToSales
                ? new FieldChange(f, sales[f.SalesField], businessCentral[f.BusinessCentralField])
                : new FieldChange(f, businessCentral[f.BusinessCentralField], sales[f.SalesField]))
            .Where(c => !FieldValues.AreEqual(c.OldValue, c.NewValue))
            .ToList();

        var businessCentralChanged = HasChanged(coupling.LastSync?.BusinessCentralModifiedOn, businessCentral.ModifiedOn);
        var salesChanged = HasChanged(coupling.LastSync?.SalesModifiedOn, sales.ModifiedOn);
        var twoWayDiffers = mapping.Fields.Any(f =>
            f.Direction == FieldDirection.Bidirectional
            && !FieldValues.AreEqual(businessCentral[f.BusinessCentralField], sales[f.SalesField]));

        return new SyncPlan(
            direction,
            changes,
            businessCentralChanged,
            salesChanged,
            IsConflict: coupling.LastSync is not null && businessCentralChanged && salesChanged && twoWayDiffers);
    }

    /// <summary>
    /// Changed means modified after the version stored at the last sync; a record never synchronized
    /// counts as changed.
    /// </summary>
    public static bool HasChanged(DateTimeOffset? lastSynced, DateTimeOffset current) =>
        lastSynced is null || current > lastSynced;

    /// <summary>The body of the write: target field name to new value.</summary>
    public static IReadOnlyDictionary<string, string?> TargetValues(SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Changes.ToDictionary(
            c => plan.Direction == SyncDirection.ToSales ? c.Field.SalesField : c.Field.BusinessCentralField,
            c => FieldValues.Normalize(c.NewValue),
            StringComparer.Ordinal);
    }
}
