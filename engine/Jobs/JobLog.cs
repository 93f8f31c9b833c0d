using Microsoft.Extensions.Logging;

namespace CouplingBot.Engine.Jobs;

/// <summary>Log messages of jobs (event ids 1100-1199). Record bodies are never logged.</summary>
internal static partial class JobLog
{
    [LoggerMessage(1100, LogLevel.Information, "Job {JobId} started at item {Checkpoint} of {ItemCount} (taken {DequeueCount} times)")]
    public static partial void Started(ILogger logger, string jobId, int checkpoint, int itemCount, int dequeueCount);

    [LoggerMessage(1101, LogLevel.Information, "Job {JobId} {Status}: {Counters}")]
    public static partial void Ended(ILogger logger, string jobId, JobStatus status, JobCounters counters);

    [LoggerMessage(1102, LogLevel.Warning, "Job {JobId} item {Index} ({Record}) failed: {Reason}")]
    public static partial void ItemFailed(ILogger logger, string jobId, int index, string record, string reason);

    [LoggerMessage(1103, LogLevel.Warning, "Job {JobId} was changed by another worker; this worker lets it go")]
    public static partial void LostJob(ILogger logger, string jobId);

    [LoggerMessage(1104, LogLevel.Error, "Job {JobId} failed: its message was taken {DequeueCount} times without finishing (limit {Limit})")]
    public static partial void Poison(ILogger logger, string jobId, int dequeueCount, int limit);

    [LoggerMessage(1105, LogLevel.Warning, "Queue message {MessageId} names no job ({Text}); deleted")]
    public static partial void UnknownJob(ILogger logger, string messageId, string text);

    [LoggerMessage(1106, LogLevel.Warning, "The job queue {Queue} is unreachable ({Reason}); jobs wait until it is back. Retrying in {Delay}")]
    public static partial void QueueUnreachable(ILogger logger, string queue, string reason, TimeSpan delay);

    [LoggerMessage(1107, LogLevel.Error, "The job worker failed; it carries on after {Delay}")]
    public static partial void WorkerFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(1108, LogLevel.Warning, "Could not keep job {JobId}'s message hidden; another worker may take it over")]
    public static partial void RenewFailed(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(1109, LogLevel.Error, "The completion notifier failed for job {JobId}")]
    public static partial void NotifyFailed(ILogger logger, Exception exception, string jobId);

    [LoggerMessage(1113, LogLevel.Warning, "Job {JobId} paused at item {Index}: a service or the storage did not answer ({Reason}); trying again in {Delay}")]
    public static partial void Paused(ILogger logger, string jobId, int index, string reason, TimeSpan delay);

    [LoggerMessage(1110, LogLevel.Information, "Job worker disabled (Jobs:RunWorker is false)")]
    public static partial void WorkerDisabled(ILogger logger);

    [LoggerMessage(1111, LogLevel.Information, "Undid the last sync of {Mapping} {Number}: {Fields} fields written back")]
    public static partial void Undone(ILogger logger, string mapping, string number, int fields);

    [LoggerMessage(1112, LogLevel.Warning, "The progress notifier failed for job {JobId}; the job goes on")]
    public static partial void ProgressFailed(ILogger logger, Exception exception, string jobId);
}
