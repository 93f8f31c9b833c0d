namespace CouplingBot.Engine.Jobs;

/// <summary>How one item of a job ended; each outcome has a counter in <see cref="JobCounters"/>.</summary>
public enum JobItemOutcome
{
    /// <summary>A record was created.</summary>
    Inserted,

    /// <summary>Fields were written.</summary>
    Modified,

    /// <summary>Nothing differed; nothing was written.</summary>
    Unchanged,

    /// <summary>Nothing to do for this record (e.g. not coupled).</summary>
    Skipped,

    /// <summary>The item failed; the job goes on and the error is in <c>JobErrors</c>.</summary>
    Failed,

    /// <summary>A coupling was made.</summary>
    Coupled,

    /// <summary>A coupling was removed.</summary>
    Uncoupled,
}

/// <summary>One item of a job, handed to an <see cref="IJobItemProcessor"/>.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Index">The item's index in the job.</param>
/// <param name="Request">The job's request (kind, mapping, direction, requester).</param>
/// <param name="Key">The record key (a Business Central number).</param>
public sealed record JobItem(string JobId, int Index, JobRequest Request, string Key);

/// <summary>How one item ended.</summary>
/// <param name="Outcome">The counter it adds to.</param>
/// <param name="Message">For Failed (and Skipped), why; goes to <c>JobErrors</c> (read back by <see cref="IJobQueue.ErrorsAsync"/> and <see cref="IJobQueue.SkippedAsync"/>).</param>
/// <param name="History">The fields written, for <c>SyncHistory</c>; null when nothing was written.</param>
public sealed record JobItemResult(JobItemOutcome Outcome, string? Message = null, SyncHistoryEntry? History = null);
