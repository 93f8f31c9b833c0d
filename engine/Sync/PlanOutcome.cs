namespace CouplingBot.Engine.Sync;

/// <summary>What a <see cref="SyncPlan"/> leads to (the anchor's log counters: unchanged, modified, inserted; failed).</summary>
public enum PlanOutcome
{
    /// <summary>Nothing differs (or nothing may flow): the anchor's "unchanged".</summary>
    Unchanged,

    /// <summary>Fields are written on one or both sides: the anchor's "modified".</summary>
    Modified,

    /// <summary>
    /// Conflicting fields remain that no rule settled: nothing should be written until a person
    /// decides (the anchor's blank conflict rule fails the record and reports it).
    /// </summary>
    NeedsDecision,

    /// <summary>The deleted counterpart is re-created from the surviving side: the anchor's "restore".</summary>
    Create,

    /// <summary>
    /// A value cannot be written (a related record is not coupled, an option has no counterpart): nothing is
    /// written and the record fails with the reasons on <see cref="SyncPlan.Failures"/>.
    /// </summary>
    Failed,
}
