using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>
/// The anchor's "Synchronize Now, one record" dialog as a pure function: which directions to offer,
/// which one first, and what to warn about.
/// </summary>
public static class SyncAdvisor
{
    private static readonly SyncDirection[] All = [SyncDirection.Automatic, SyncDirection.ToSales, SyncDirection.FromSales];

    /// <summary>
    /// Two-way mapping (the anchor's table): Merge if both or neither side changed, Get
    /// (<see cref="SyncDirection.FromSales"/>) if only Sales changed, Send (<see cref="SyncDirection.ToSales"/>)
    /// if only Business Central changed. If both changed and a two-way field differs (a conflict), only
    /// Send / Get are offered, with a warning. With a per-field snapshot the conflict is judged field by
    /// field: both sides changing different fields merges cleanly and is no conflict.
    /// One-way mapping (every field flows one way): only that direction, with a warning when the target
    /// changed since the last sync (its edits will be overwritten).
    /// </summary>
    public static SyncAdvice Recommend(TableMapping mapping, Coupling coupling, EntityRecord businessCentral, EntityRecord sales)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(coupling);
        ArgumentNullException.ThrowIfNull(businessCentral);
        ArgumentNullException.ThrowIfNull(sales);

        var (bcChanged, salesChanged) = SyncPlanner.ChangedSides(coupling, businessCentral, sales);
        if (mapping.Fields.All(f => f.Direction == FieldDirection.ToSales))
        {
            return OneWay(SyncDirection.ToSales, coupling.LastSync is not null && salesChanged, "Sales");
        }

        if (mapping.Fields.All(f => f.Direction == FieldDirection.FromSales))
        {
            return OneWay(SyncDirection.FromSales, coupling.LastSync is not null && bcChanged, "Business Central");
        }

        if (bcChanged && salesChanged)
        {
            var merge = SyncPlanner.Merge(mapping, coupling, businessCentral, sales, ConflictPolicies.FailAndAsk);
            if (merge.Conflicts.Count > 0)
            {
                var fields = string.Join(", ", merge.Conflicts.Select(c => c.Field.Label));
                return new SyncAdvice(null, [SyncDirection.ToSales, SyncDirection.FromSales],
                    $"Both records changed since the last synchronization and these fields differ: {fields}. "
                    + "Choose which side wins; the other side's edits to these fields will be overwritten.");
            }
        }

        if (bcChanged == salesChanged)
        {
            return new SyncAdvice(SyncDirection.Automatic, All, null);
        }

        return bcChanged
            ? new SyncAdvice(SyncDirection.ToSales, [SyncDirection.ToSales, SyncDirection.Automatic, SyncDirection.FromSales], null)
            : new SyncAdvice(SyncDirection.FromSales, [SyncDirection.FromSales, SyncDirection.Automatic, SyncDirection.ToSales], null);
    }

    private static SyncAdvice OneWay(SyncDirection direction, bool targetChanged, string target) =>
        new(direction, [direction], targetChanged
            ? $"The {target} record changed since the last synchronization; those changes will be overwritten."
            : null);
}
