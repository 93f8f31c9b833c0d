using CouplingBot.Engine.Clients;

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
        if (dequeueCount > 1)
        {
            // Items after the checkpoint run again: what a crashed worker logged for them is not in the counters.
            await store.ForgetItemRowsFromAsync(job.Id, current.Checkpoint, cancellationToken).ConfigureAwait(false);
        }

        var chunks = processor is IJobChunkProcessor chunked && chunked.ProcessesInChunks(current.Request) ? chunked : null;
        // Item by item: ItemParallelism items at once, each recorded on its own; in chunks: one chunk at a time.
        var size = chunks is null ? Options.ItemParallelism : Options.ChunkSize;
        var saved = current.Checkpoint;
        var reported = clock.GetUtcNow();
        for (var index = current.Checkpoint; index < current.Items.Count; index += size)
        {
            var items = current.Items.Skip(index).Take(size).Select((key, i) => new JobItem(job.Id, index + i, current.Request, key)).ToList();
            IReadOnlyList<JobItemOutcome> outcomes = chunks is null
                ? await Task.WhenAll(items.Select(item => ProcessAsync(item, cancellationToken))).ConfigureAwait(false)
                : await ProcessChunkAsync(chunks, items, cancellationToken).ConfigureAwait(false);
            current = current with { Counters = outcomes.Aggregate(current.Counters, (c, o) => c.Add(o)), Checkpoint = index + items.Count };
            var due = chunks is not null || current.Checkpoint - saved >= Options.CheckpointEvery;
            if (due && current.Checkpoint < current.Items.Count)
            {
                current = await store.TryUpdateAsync(current, false, cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    JobLog.LostJob(logger, job.Id);
                    return null;
                }

                saved = current.Checkpoint;
                reported = await ReportProgressAsync(current, reported, cancellationToken).ConfigureAwait(false);
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
    /// timeout included), except an outage, which pauses the job (<see cref="ThroughOutagesAsync"/>); only this
    /// worker's cancellation escapes and leaves the item to be re-run.
    /// </summary>
    private async Task<JobItemOutcome> ProcessAsync(JobItem item, CancellationToken cancellationToken)
    {
        JobItemResult result;
        try
        {
            result = await ThroughOutagesAsync(item, () => processor.ProcessAsync(item, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            result = new JobItemResult(JobItemOutcome.Failed, ex.Message);
        }

        await RecordAsync(item, result, cancellationToken).ConfigureAwait(false);
        return result.Outcome;
    }

    /// <summary>
    /// One chunk: each item's outcome, with errors and history written. An exception (or an answer that
    /// does not have one result per item) fails every item of the chunk; cancellation escapes.
    /// </summary>
    private async Task<IReadOnlyList<JobItemOutcome>> ProcessChunkAsync(IJobChunkProcessor chunks, IReadOnlyList<JobItem> items, CancellationToken cancellationToken)
    {
        IReadOnlyList<JobItemResult> results;
        try
        {
            results = await ThroughOutagesAsync(items[0], () => chunks.ProcessChunkAsync(items, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (results.Count != items.Count)
            {
                throw new InvalidOperationException($"The chunk of {items.Count} items was answered with {results.Count} results.");
            }
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            results = [.. items.Select(_ => new JobItemResult(JobItemOutcome.Failed, ex.Message))];
        }

        for (var i = 0; i < items.Count; i++)
        {
            await RecordAsync(items[i], results[i], cancellationToken).ConfigureAwait(false);
        }

        return [.. results.Select(r => r.Outcome)];
    }

    /// <summary>
    /// Runs <paramref name="work"/> (an item, or a chunk from <paramref name="item"/> on) until it gets through an outage:
    /// while a service or the storage does not answer at all (<see cref="Outage.IsUnreachable"/>), which says nothing
    /// about the records, the job pauses for <see cref="JobOptions.UnreachableRetryDelay"/> and tries the same work again
    /// instead of failing it. The message stays taken meanwhile (the lease is renewed while the queue answers), so the job
    /// goes on the moment the service is back; if the storage is down too, the lease lapses and the job resumes from its
    /// checkpoint once it is back. An outage longer than <see cref="JobOptions.OutageGiveUpAfter"/> is thrown, failing the
    /// work like any other error.
    /// </summary>
    private async Task<T> ThroughOutagesAsync<T>(JobItem item, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow();
        while (true)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && Outage.IsUnreachable(ex)
                && clock.GetUtcNow() - since < Options.OutageGiveUpAfter)
            {
                JobLog.Paused(logger, item.JobId, item.Index, ex.GetBaseException().Message, Options.UnreachableRetryDelay);
                await Task.Delay(Options.UnreachableRetryDelay, clock, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes what an item left behind: its error when it failed, its reason when it was skipped with one, its history.</summary>
    private async Task RecordAsync(JobItem item, JobItemResult result, CancellationToken cancellationToken)
    {
        if (result.Outcome == JobItemOutcome.Failed)
        {
            var message = result.Message ?? "The record could not be processed.";
            JobLog.ItemFailed(logger, item.JobId, item.Index, item.Key, message);
            await store.AddErrorAsync(new JobError(item.JobId, item.Index, item.Key, message, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }
        else if (result is { Outcome: JobItemOutcome.Skipped, Message: { } reason })
        {
            await store.AddSkippedAsync(new JobError(item.JobId, item.Index, item.Key, reason, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        }

        if (result.History is { } entry)
        {
            await history.AddAsync(entry with { JobId = item.JobId }, cancellationToken).ConfigureAwait(false);
        }
    }
}
