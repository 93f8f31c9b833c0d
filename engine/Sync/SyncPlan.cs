using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>What a synchronization of one coupled pair will do, decided before anything is written.</summary>
/// <param name="Direction">The direction asked for.</param>
/// <param name="Changes">The fields to write on the target; empty when both sides already agree.</param>
/// <param name="BusinessCentralChanged">The Business Central record changed since the last sync.</param>
/// <param name="SalesChanged">The Sales record changed since the last sync.</param>
/// <param name="IsConflict">
/// Both sides changed since the last sync and a two-way field differs: the anchor's definition of a
/// conflict. The asked-for direction still decides; callers warn before overwriting.
/// </param>
public sealed record SyncPlan(
    SyncDirection Direction,
    IReadOnlyList<FieldChange> Changes,
    bool BusinessCentralChanged,
    bool SalesChanged,
    bool IsConflict)
{
    /// <summary>The side written to.</summary>
    public Side Target => Direction == SyncDirection.ToSales ? Side.Sales : Side.BusinessCentral;
}
