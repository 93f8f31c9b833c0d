namespace CouplingBot.Engine.Jobs;

/// <summary>What a job does to each of its records.</summary>
public enum JobKind
{
    /// <summary>Synchronize coupled records in the job's direction.</summary>
    Sync,

    /// <summary>
    /// Couple records by match (<see cref="JobRequest.Criteria"/>): each to its unique uncoupled match, or to a
    /// new Sales record when the criteria create new, or left alone with the reason. Processed in chunks.
    /// </summary>
    Couple,

    /// <summary>Remove couplings.</summary>
    Uncouple,
}

/// <summary>Where a job is in its life.</summary>
public enum JobStatus
{
    /// <summary>Waiting on the queue.</summary>
    Queued,

    /// <summary>A worker has it (or had it and crashed; the message becomes visible again).</summary>
    Running,

    /// <summary>Every item was processed (some may have failed: see the counters).</summary>
    Completed,

    /// <summary>The job itself failed, e.g. its message was poison; <see cref="JobInfo.Message"/> says why.</summary>
    Failed,
}
