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
}

/// <summary>The outcome of a synchronization, with the fields written.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Plan">What was decided, when both records were read.</param>
/// <param name="Coupling">The coupling afterwards.</param>
public sealed record SyncResult(SyncOutcome Outcome, SyncPlan? Plan = null, Coupling? Coupling = null);
