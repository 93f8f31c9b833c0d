using CouplingBot.Engine.Records;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Service;

/// <summary>How a synchronization of one record ended.</summary>
public enum SyncOutcome
{
    /// <summary>Fields were written on the target.</summary>
    Modified,

    /// <summary>Both sides already agreed; nothing was written.</summary>
    Unchanged,

    /// <summary>No Business Central record has that number.</summary>
    RecordNotFound,

    /// <summary>The record is not coupled.</summary>
    NotCoupled,

    /// <summary>The coupled Sales record no longer exists.</summary>
    CounterpartMissing,

    /// <summary>The target changed between reading and writing it; nothing was written.</summary>
    TargetChangedMeanwhile,

    /// <summary>
    /// A merge met field conflicts the mapping's conflict rule leaves to a person; nothing was written
    /// (the conflicts are on <see cref="SyncPlan.Conflicts"/>).
    /// </summary>
    NeedsDecision,

    /// <summary>A service refused the write; the failure is recorded on the coupling (see <see cref="SyncResult.Message"/>).</summary>
    Failed,

    /// <summary>The record is Skipped after repeated identical failures; nothing was written until a person retries.</summary>
    Skipped,

    /// <summary>The coupled Sales record was deleted and the mapping's rule removed the coupling.</summary>
    Uncoupled,

    /// <summary>The coupled Sales record was deleted and re-created from Business Central; the coupling points at the new one.</summary>
    Restored,
}

/// <summary>The outcome of a synchronization, with the fields written.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Plan">What was decided, when both records were read.</param>
/// <param name="Coupling">The coupling afterwards (for <see cref="SyncOutcome.Uncoupled"/>: the one removed).</param>
/// <param name="Message">What happened, for people: the service's error, or the deleted-counterpart decision.</param>
/// <param name="Record">The Business Central record as it stands after a successful synchronization, so callers need not read it again.</param>
public sealed record SyncResult(SyncOutcome Outcome, SyncPlan? Plan = null, Coupling? Coupling = null, string? Message = null, EntityRecord? Record = null);
