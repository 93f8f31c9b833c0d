namespace CouplingBot.Engine.Jobs;

/// <summary>Where jobs are enqueued and looked up.</summary>
public interface IJobQueue
{
    /// <summary>Records the job as Queued and puts it on the queue; returns its id.</summary>
    Task<string> EnqueueAsync(JobRequest request, CancellationToken cancellationToken);

    /// <summary>The job, or null when there is none with that id.</summary>
    Task<JobInfo?> GetAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>The job's failed items, in item order.</summary>
    Task<IReadOnlyList<JobError>> ErrorsAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>The job's skipped items that said why (e.g. "no unique match"), in item order.</summary>
    Task<IReadOnlyList<JobError>> SkippedAsync(string jobId, CancellationToken cancellationToken);

    /// <summary>
    /// The newest jobs first, at most <paramref name="count"/>: those <paramref name="requestedBy"/> asked
    /// for, or everyone's when it is null. Jobs enqueued before the recent-jobs index existed are not listed.
    /// </summary>
    Task<IReadOnlyList<JobInfo>> ListRecentAsync(string? requestedBy, int count, CancellationToken cancellationToken);
}
