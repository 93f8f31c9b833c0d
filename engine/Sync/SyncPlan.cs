using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>What a synchronization of one coupled pair will do, decided before anything is written.</summary>
/// <param name="Direction">The direction asked for.</param>
/// <param name="Changes">
/// The fields to write; empty when both sides already agree. For <see cref="SyncDirection.Automatic"/>
/// they may be on both sides: each names its <see cref="FieldChange.Target"/>.
/// </param>
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
    /// <summary>
    /// The side written to by a one-way plan. A merge (<see cref="SyncDirection.Automatic"/>) has no
    /// single target: use <see cref="ChangesOn"/>.
    /// </summary>
    public Side Target => Direction == SyncDirection.ToSales ? Side.Sales : Side.BusinessCentral;

    /// <summary>
    /// Field conflicts the conflict policy left to a person (<see cref="ConflictResolution.Ask"/>), with
    /// both values; no change is ever planned for these fields.
    /// </summary>
    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];

    /// <summary>
    /// Values that cannot be written (<see cref="DependencyNotCoupled"/>, <see cref="NoMatchingOption"/>), each
    /// with a message that says what to do. A plan with failures writes nothing: the record fails as a whole.
    /// </summary>
    public IReadOnlyList<FieldValueFailure> Failures { get; init; } = [];

    /// <summary>True when the plan re-creates a deleted counterpart instead of updating it.</summary>
    public bool CreatesTarget { get; init; }

    /// <summary>What the plan leads to.</summary>
    public PlanOutcome Outcome =>
        Failures.Count > 0 ? PlanOutcome.Failed
        : Conflicts.Count > 0 ? PlanOutcome.NeedsDecision
        : CreatesTarget ? PlanOutcome.Create
        : Changes.Count > 0 ? PlanOutcome.Modified
        : PlanOutcome.Unchanged;

    /// <summary>The changes written on one side.</summary>
    public IReadOnlyList<FieldChange> ChangesOn(Side side) => [.. Changes.Where(c => c.Target == side)];
}
