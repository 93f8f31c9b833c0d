using System.ComponentModel.DataAnnotations;
using CouplingBot.Engine.Hosting;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// Jobs: queue, tables and worker timing (section <c>Jobs</c>). The storage account is the one in
/// <see cref="Storage.StorageOptions"/>.
/// </summary>
public sealed class JobOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Jobs";

    /// <summary>Run a <see cref="JobWorker"/> in this process.</summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>The queue service endpoint, used with managed identity when the storage has no connection string.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>The queue of job ids.</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string QueueName { get; set; } = "jobs";

    /// <summary>The job rows (status, counters, checkpoint).</summary>
    [Required] public string JobsTable { get; set; } = "Jobs";

    /// <summary>The failed items.</summary>
    [Required] public string ErrorsTable { get; set; } = "JobErrors";

    /// <summary>Per-record write history.</summary>
    [Required] public string HistoryTable { get; set; } = "SyncHistory";

    /// <summary>How long a taken message stays hidden from other workers; renewed at half-time while working.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an idle worker waits before looking at the queue again.</summary>
    [TimeSpanRange("00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long to wait before trying again when the queue service is unreachable, or, while a job runs, when a service or
    /// the storage does not answer (the job pauses on its current item instead of failing it).
    /// </summary>
    [TimeSpanRange("00:00:00.010", "01:00:00")]
    public TimeSpan UnreachableRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a running job waits out one outage before it fails the current item (or chunk) with the outage's
    /// message and goes on, so a service that stays away (a wrong address, a retired environment) does not hold the
    /// worker for ever; the people asked are told through the job's failures.
    /// </summary>
    [TimeSpanRange("00:00:00.010", "1.00:00:00")]
    public TimeSpan OutageGiveUpAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Save counters and checkpoint every this many items (and at the end).</summary>
    [Range(1, 1000)] public int CheckpointEvery { get; set; } = 10;

    /// <summary>The least time between two progress reports of one job (<see cref="IJobProgressNotifier"/>), each after a saved checkpoint.</summary>
    [TimeSpanRange("00:00:00", "01:00:00")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Items per chunk for jobs processed in chunks (<see cref="IJobChunkProcessor"/>: couple and sync jobs): read,
    /// decided and written together, checkpointed after each chunk. The default, 1,000, is one Dataverse <c>$batch</c>
    /// of creates or updates and one paged read of Business Central per chunk (a smaller chunk costs more requests per
    /// record, and re-runs less after a crash).
    /// </summary>
    [Range(1, 1000)] public int ChunkSize { get; set; } = 1000;

    /// <summary>
    /// Items of one job in flight at the same time, for jobs processed item by item (uncouple; sync and couple jobs go in
    /// chunks). An item spends its time waiting on storage or a service, so several at once finish a job several times
    /// sooner; the services' limits still hold, since every request goes through the clients' concurrency limits and
    /// pacing. Checkpoints fall between these groups of items.
    /// </summary>
    [Range(1, 64)] public int ItemParallelism { get; set; } = 8;

    /// <summary>A message taken more often than this is poison: its job is marked Failed.</summary>
    [Range(1, 100)] public int MaxDequeueCount { get; set; } = 5;
}
