using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>
/// The anchor's deleted-coupled-record rule, pure: a coupled record missing on one side is failed,
/// restored from the surviving side, or uncoupled, per the mapping's rule or a person's choice.
/// </summary>
public static class DeletedCounterpart
{
    /// <summary>
    /// Decides for one coupling by <paramref name="rule"/> (a person's choice) or else the mapping's
    /// <see cref="TableMapping.DeletedCounterpartRule"/>; null when both records exist. Both missing: uncouple whatever the
    /// rule (there is nothing to restore from). Restore: a create plan on the missing side with every
    /// mapped field that may flow that way and has a value on the surviving side.
    /// </summary>
    public static DeletedCounterpartDecision? Decide(TableMapping mapping, EntityRecord? businessCentral, EntityRecord? sales, DeletedCounterpartRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (businessCentral is not null && sales is not null)
        {
            return null;
        }

        if (businessCentral is null && sales is null)
        {
            return new(null, DeletedCounterpartRule.Uncouple, null, "Both coupled records were deleted, so the coupling is removed.");
        }

        var missing = sales is null ? Side.Sales : Side.BusinessCentral;
        var (gone, kept) = missing == Side.Sales ? ("Sales record", "Business Central") : ("Business Central record", "Sales");
        return (rule ?? mapping.DeletedCounterpartRule) switch
        {
            DeletedCounterpartRule.Fail => new(missing, DeletedCounterpartRule.Fail, null,
                $"The coupled {gone} was deleted. Restore it from {kept}, or uncouple."),
            DeletedCounterpartRule.Restore => new(missing, DeletedCounterpartRule.Restore, RestorePlan(mapping, businessCentral, sales, missing),
                $"The coupled {gone} was deleted; it is re-created from {kept}."),
            DeletedCounterpartRule.Uncouple => new(missing, DeletedCounterpartRule.Uncouple, null,
                $"The coupled {gone} was deleted; the coupling is removed."),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown deleted-counterpart rule."),
        };
    }

    private static SyncPlan RestorePlan(TableMapping mapping, EntityRecord? businessCentral, EntityRecord? sales, Side missing)
    {
        var toSales = missing == Side.Sales;
        var changes = mapping.Fields
            .Where(f => toSales ? f.FlowsToSales : f.FlowsFromSales)
            .Select(f => toSales
                ? FieldChange.ToSales(f, businessCentral![f.BusinessCentralField], null)
                : FieldChange.FromSales(f, null, sales![f.SalesField]))
            .Where(c => c.NewValue is not null)
            .ToList();
        return new SyncPlan(toSales ? SyncDirection.ToSales : SyncDirection.FromSales, changes, false, false, false) { CreatesTarget = true };
    }
}
