namespace CouplingBot.Cards.Views;

/// <summary>Where a job is in its life, as the job cards show it.</summary>
public enum JobState
{
    /// <summary>Waiting for a worker.</summary>
    Queued,

    /// <summary>A worker is on it.</summary>
    Running,

    /// <summary>Every record was processed (some may have failed).</summary>
    Completed,

    /// <summary>The job itself failed.</summary>
    Failed,
}

/// <summary>A job (work on more than one record) as the cards show it.</summary>
/// <param name="Id">The job id.</param>
/// <param name="What">What it does, e.g. "Synchronize 3 customers (Business Central -> Sales)".</param>
/// <param name="State">Where it is.</param>
/// <param name="RequestedBy">Who asked.</param>
/// <param name="CreatedAt">When it was asked for.</param>
/// <param name="FinishedAt">When it ended; null while it runs.</param>
/// <param name="Processed">Records processed so far.</param>
/// <param name="Total">Records in the job; null while an all-records job has not listed them yet.</param>
/// <param name="Counters">How the processed records ended, e.g. ("Modified", 2); zero counters are left out.</param>
/// <param name="Problems">Failed plus skipped records, which the details card lists.</param>
/// <param name="Message">Why the job failed; null otherwise.</param>
public sealed record JobView(
    string Id,
    string What,
    JobState State,
    string RequestedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    int Processed,
    int? Total,
    IReadOnlyList<RecordFact> Counters,
    int Problems,
    string? Message);
