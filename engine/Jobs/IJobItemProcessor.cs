namespace CouplingBot.Engine.Jobs;

/// <summary>
/// The engine's port that does a job's work, one record at a time (or a chunk at a time, when it also
/// implements <see cref="IJobChunkProcessor"/>).
/// </summary>
/// <remarks>
/// Must be idempotent: after a crash the worker re-runs the items that were in flight. A sync is, because
/// it writes only the fields that still differ. Several items of one job may be processed at the same time
/// (<see cref="JobOptions.ItemParallelism"/>), each on its own record.
/// </remarks>
public interface IJobItemProcessor
{
    /// <summary>
    /// Processes one item. Expected per-record problems are a <see cref="JobItemOutcome.Failed"/> result;
    /// an exception also fails only this item (except cancellation, which stops the job where it is).
    /// </summary>
    Task<JobItemResult> ProcessAsync(JobItem item, CancellationToken cancellationToken);

    /// <summary>The record keys an all-records job works on (which records depends on the job's kind).</summary>
    Task<IReadOnlyList<string>> ListAllAsync(JobRequest request, CancellationToken cancellationToken);
}

/// <summary>Told when a job ends (completed or failed); the bot implements it to notify the requester.</summary>
public interface IJobCompletionNotifier
{
    /// <summary>Called once per job end; failures are logged, never fail the job.</summary>
    Task JobEndedAsync(JobInfo job, CancellationToken cancellationToken);
}

/// <summary>The default notifier: tells no one.</summary>
public sealed class NoJobCompletionNotifier : IJobCompletionNotifier
{
    /// <inheritdoc />
    public Task JobEndedAsync(JobInfo job, CancellationToken cancellationToken) => Task.CompletedTask;
}
