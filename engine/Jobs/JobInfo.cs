namespace CouplingBot.Engine.Jobs;

/// <summary>A job as the <c>Jobs</c> table holds it.</summary>
/// <param name="Id">The job id (also the queue message's text).</param>
/// <param name="Request">What was asked for.</param>
/// <param name="Items">The record keys to process, in order; for an all-records job empty until a worker lists them.</param>
/// <param name="Status">Where the job is.</param>
/// <param name="Counters">How the items before <paramref name="Checkpoint"/> ended.</param>
/// <param name="Checkpoint">The index of the next item to process.</param>
/// <param name="CreatedAt">When it was enqueued.</param>
/// <param name="StartedAt">When a worker first took it.</param>
/// <param name="FinishedAt">When it completed or failed.</param>
/// <param name="Message">Why it failed, or null.</param>
/// <param name="ETag">The row's version; every update is conditional on it.</param>
public sealed record JobInfo(
    string Id,
    JobRequest Request,
    IReadOnlyList<string> Items,
    JobStatus Status,
    JobCounters Counters,
    int Checkpoint,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    string? Message = null,
    string ETag = "")
{
    /// <summary>Completed or Failed: nothing more will happen to it.</summary>
    public bool IsFinished => Status is JobStatus.Completed or JobStatus.Failed;
}

/// <summary>One item that failed in a job, or was skipped with a reason (table <c>JobErrors</c>).</summary>
/// <param name="JobId">The job.</param>
/// <param name="Index">The item's index in the job.</param>
/// <param name="Record">The record key.</param>
/// <param name="Message">What went wrong (or why it was skipped), fit to show to a person.</param>
/// <param name="At">When.</param>
public sealed record JobError(string JobId, int Index, string Record, string Message, DateTimeOffset At);
