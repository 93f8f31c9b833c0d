namespace CouplingBot.Engine.Jobs;

/// <summary>
/// An <see cref="IJobItemProcessor"/> that also takes a job's items a chunk at a time, for work that is
/// cheaper in bulk (one read of the other side per chunk, one <c>$batch</c> of creates or updates). The runner uses
/// it for the jobs it claims, in chunks of <see cref="JobOptions.ChunkSize"/> items, and saves counters and
/// checkpoint after every chunk; other jobs still go item by item.
/// </summary>
/// <remarks>
/// A chunk is the unit of resumption: after a crash the whole chunk that was in flight runs again, so a
/// chunk must be as idempotent as an item (no record coupled or created twice).
/// </remarks>
public interface IJobChunkProcessor : IJobItemProcessor
{
    /// <summary>True when the items of <paramref name="request"/> are to be processed in chunks.</summary>
    bool ProcessesInChunks(JobRequest request);

    /// <summary>
    /// Processes consecutive items of one job; answers one result per item, in item order. An exception
    /// fails every item of the chunk (except cancellation, which stops the job where it is).
    /// </summary>
    Task<IReadOnlyList<JobItemResult>> ProcessChunkAsync(IReadOnlyList<JobItem> items, CancellationToken cancellationToken);
}
