using CouplingBot.Engine.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// Runs the job of one taken message: from its checkpoint on, item by item, saving counters and
/// checkpoint every <see cref="JobOptions.CheckpointEvery"/> items with the row's ETag (or chunk by chunk,
/// saving after each, for the jobs an <see cref="IJobChunkProcessor"/> takes in chunks); deletes the
/// message only when the job is finished. A crash (or a lost message) leaves the message to come back
/// after its visibility timeout; the next worker goes on from the checkpoint. After a saved checkpoint the
/// <see cref="IJobProgressNotifier"/> hears of the job, at most once every <see cref="JobOptions.ProgressInterval"/>.
/// </summary>
internal sealed partial class JobRunner(
    JobStore store,
    SyncHistoryStore history,
    JobMessages messages,
    IJobItemProcessor processor,
    IJobCompletionNotifier notifier,
    IJobProgressNotifier progress,
    IOptions<JobOptions> options,
    TimeProvider clock,
    EngineTelemetry telemetry,
    ILogger<JobRunner> logger)
{
    private JobOptions Options => options.Value;

    /// <summary>Runs the message's job; returns when it is finished, lost, or <paramref name="cancellationToken"/> stops it.</summary>
    public async Task RunAsync(MessageLease lease, CancellationToken cancellationToken)
    {
        var job = await store.GetAsync(lease.Text, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            JobLog.UnknownJob(logger, lease.MessageId, lease.Text);
            await messages.DeleteAsync(lease, cancellationToken).ConfigureAwait(false);
            return;
        }

        using var span = telemetry.Source.StartActivity("couplingbot.job")?.SetTag("job.kind", job.Request.Kind.ToString());

        if (!job.IsFinished && lease.DequeueCount > Options.MaxDequeueCount)
        {
            JobLog.Poison(logger, job.Id, lease.DequeueCount, Options.MaxDequeueCount);
            var reason = $"The job was started {lease.DequeueCount - 1} times without finishing; it is not tried again.";
            job = await store.TryUpdateAsync(job with { Status = JobStatus.Failed, FinishedAt = clock.GetUtcNow(), Message = reason }, false, cancellationToken).ConfigureAwait(false);
            if (job is not null)
            {
                await NotifyAsync(job, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (!job.IsFinished)
        {
            await using var keeper = new LeaseKeeper(messages, lease, Options.VisibilityTimeout, clock, logger, cancellationToken);
            job = await RunItemsAsync(job, lease.DequeueCount, keeper.Token).ConfigureAwait(false);
            if (job is null)
            {
                return; // Lost to another worker: the message is theirs now.
            }
        }

        // Finished (now or by an earlier worker that crashed before deleting): the message is done.
        await messages.DeleteAsync(lease, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Tells the progress notifier of the job just saved when <see cref="JobOptions.ProgressInterval"/> has passed since
    /// <paramref name="last"/> (the job's start or the last report); answers when the job was last reported. Its failure
    /// is logged and the job goes on.
    /// </summary>
    private async Task<DateTimeOffset> ReportProgressAsync(JobInfo job, DateTimeOffset last, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - last < Options.ProgressInterval)
        {
            return last;
        }

        try
        {
            await progress.JobProgressedAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            JobLog.ProgressFailed(logger, ex, job.Id);
        }

        return now;
    }

    private async Task NotifyAsync(JobInfo job, CancellationToken cancellationToken)
    {
        JobLog.Ended(logger, job.Id, job.Status, job.Counters);
        telemetry.JobEnded(job);
        try
        {
            await notifier.JobEndedAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            JobLog.NotifyFailed(logger, ex, job.Id);
        }
    }
}
