using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Jobs;

/// <summary>One field written on a record: the target's field name, its value before and after.</summary>
public sealed record FieldEdit(string Field, string? OldValue, string? NewValue);

/// <summary>
/// One write to a record (table <c>SyncHistory</c>): who, when, which fields from what to what. Enough
/// to write the old values back (<see cref="SyncUndo"/>).
/// </summary>
/// <param name="Mapping">The table mapping.</param>
/// <param name="Number">The Business Central number of the coupled pair.</param>
/// <param name="JobId">The job that wrote it, or null (a single sync or an undo).</param>
/// <param name="By">Who asked.</param>
/// <param name="At">When it was written.</param>
/// <param name="Direction">The sync direction.</param>
/// <param name="Target">The side written to.</param>
/// <param name="TargetId">The id of the record written to.</param>
/// <param name="Fields">The fields written, named as on the target.</param>
/// <param name="IsUndo">This write undid the one before it.</param>
public sealed record SyncHistoryEntry(
    string Mapping,
    string Number,
    string? JobId,
    string By,
    DateTimeOffset At,
    SyncDirection Direction,
    Side Target,
    string TargetId,
    IReadOnlyList<FieldEdit> Fields,
    bool IsUndo = false)
{
    /// <summary>
    /// The entry for a synchronization that wrote <paramref name="plan"/>'s changes: the fields named as the target
    /// reads them (a Sales lookup as <c>_x_value</c>), with the target's value before and after.
    /// </summary>
    public static SyncHistoryEntry Of(TableMapping mapping, string number, string by, SyncPlan plan, Couplings.Coupling coupling, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(coupling);
        var toSales = plan.Target == Side.Sales;
        FieldEdit[] fields =
        [
            .. plan.Changes.Select(c => new FieldEdit(
                toSales ? c.Field.SalesReadField : c.Field.BusinessCentralField, FieldValues.Normalize(c.OldValue), FieldValues.Normalize(c.NewValue))),
        ];
        return new SyncHistoryEntry(mapping.Name, number, null, by, at, plan.Direction, plan.Target, toSales ? coupling.SalesId : coupling.BusinessCentralId, fields);
    }
}
