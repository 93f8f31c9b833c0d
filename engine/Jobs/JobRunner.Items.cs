namespace CouplingBot.Engine.Jobs;

internal sealed partial class JobRunner
{
    /// <summary>The items from the checkpoint on; the finished job, or null when another worker changed the row.</summary>
    private async Task<JobInfo?> RunItemsAsync(JobInfo job, int dequeueCount, CancellationToken cancellationToken)
    {
        var started = job with { Status = JobStatus.Running, StartedAt = job.StartedAt ?? clock.GetUtcNow() };
        var listed = job.Request.All && job.Items.Count == 0;
        if (listed)
        {
            started = started with { Items = await processor.ListAllAsync(job.Request, cancellationToken).ConfigureAwait(false) };
        }

        var current = await store.TryUpdateAsync(started, listed, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            JobLog.LostJob(logger, job.Id);
            return null;
        }

        JobLog.Started(logger, job.Id, current.Checkpoint, current.Items.Count, dequeueCount);
        var saved = current.Checkpoint;
        for (var index = current.Checkpoint; index < current.Items.Count; index++)
        {
            var outcome = await ProcessAsync(new JobItem(job.Id, index, current.Request, current.Items[index]), cancellationToken).ConfigureAwait(false);
            current = current with { Counters = current.Counters.Add(outcome), Checkpoint = index + 1 };
            if (current.Checkpoint - saved >= Options.CheckpointEvery && current.Checkpoint < current.Items.Count)
            {
                current = await store.TryUpdateAsync(current, false, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    JobLog.LostJob(logger, job.Id);
                    return null;
                }

                saved = index + 1;
            }
        }

        current = await store.TryUpdateAsync(current with { Status = JobStatus.Completed, FinishedAt = clock.GetUtcNow() }, false, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            JobLog.LostJob(logger, job.Id);
            return null;
        }

        await NotifyAsync(current, cancellationToken).ConfigureAwait(false);
        return current;
    }

    /// <summary>
    /// One item: its outcome, with errors and history written. Any exception fails only the item (a
    /// timeout included); only this worker's cancellation escapes and leaves the item to be re-run.
    /// </summary>
    private async Task<JobItemOutcome> ProcessAsync(JobItem item, CancellationToken cancellationToken)
    {
        JobItemResult result;
        try
        {
            result = await processor.ProcessAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            result = new JobItemResult(JobItemOutcome.Failed, ex.Message);
        }

        if (result.Outcome == JobItemOutcome.Failed)
        {
            var message = result.Message ?? "The record could not be processed.";
            JobLog.ItemFailed(logger, item.JobId, item.Index, item.Key, message);
            await store.AddErrorAsync(new JobError(item.JobId, item.Index, item.Key, message, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        if (result.History is { } entry)
        {
            await history.AddAsync(entry with { JobId = item.JobId }, cancellationToken).ConfigureAwait(false);
        }

        return result.Outcome;
    }
}
