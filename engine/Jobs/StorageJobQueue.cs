namespace CouplingBot.Engine.Jobs;

/// <summary>
/// Jobs on Azure Storage: the job row is written (Queued) first, then the job id goes on the queue, so
/// a worker never takes a message whose job it cannot read.
/// </summary>
internal sealed class StorageJobQueue(JobStore store, JobMessages messages, TimeProvider clock) : IJobQueue
{
    /// <inheritdoc />
    public async Task<string> EnqueueAsync(JobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var job = new JobInfo(Guid.NewGuid().ToString("N"), request, request.Records, JobStatus.Queued, new JobCounters(), 0, clock.GetUtcNow());
        job = await store.CreateAsync(job, cancellationToken).ConfigureAwait(false);
        try
        {
            await messages.SendAsync(job.Id, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Without a message no worker would ever take it: say so on the row rather than leave it Queued.
            await store.TryUpdateAsync(job with { Status = JobStatus.Failed, FinishedAt = clock.GetUtcNow(), Message = "The job could not be put on the queue." }, false, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return job.Id;
    }

    /// <inheritdoc />
    public Task<JobInfo?> GetAsync(string jobId, CancellationToken cancellationToken) => store.GetAsync(jobId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<JobError>> ErrorsAsync(string jobId, CancellationToken cancellationToken) => store.ErrorsAsync(jobId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<JobError>> SkippedAsync(string jobId, CancellationToken cancellationToken) => store.SkippedAsync(jobId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<JobInfo>> ListRecentAsync(string? requestedBy, int count, CancellationToken cancellationToken) =>
        store.ListRecentAsync(requestedBy, count, cancellationToken);
}
