using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// Many reads or writes to one service in few requests (<c>$batch</c>), beside <see cref="IRecordClient"/>'s
/// one-record calls. Items are independent: one that fails (stale ETag, missing record, invalid value)
/// never stops the others, and comes back as a failed <see cref="BatchResult"/> (<see cref="BatchRead"/>)
/// instead of an exception.
/// </summary>
/// <remarks>
/// The list is cut into chunks of the service's limit (Dataverse 1000 requests per batch, Business
/// Central 100), and the chunks are sent a few at a time through the service's concurrency limiter.
/// A chunk the service refused as a whole (429, 503) is sent again by the pipeline, as nothing in it
/// was processed; a chunk that failed otherwise after the retries (unreachable, 5xx) marks each of its
/// items failed with that error, since some of them may have been applied. A chunk of reads only is sent
/// again on every failure a plain <c>GET</c> is retried after (reads change nothing). Do not put the same
/// record in one call twice: chunks run in parallel.
/// </remarks>
public interface IBatchRecordClient : IRecordClient
{
    /// <summary>Writes each item's changes if the record still has the item's ETag; results in item order.</summary>
    Task<IReadOnlyList<BatchResult>> UpdateManyAsync(
        EntitySet set, IReadOnlyList<RecordUpdate> updates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken);

    /// <summary>Creates one record per item (see <see cref="IRecordClient.CreateAsync"/> for keys); results in item order.</summary>
    Task<IReadOnlyList<BatchResult>> CreateManyAsync(
        EntitySet set, IReadOnlyList<RecordCreate> creates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken);

    /// <summary>
    /// Reads records by id, a <c>GET</c> per id inside <c>$batch</c> requests (a batch counts as one request against
    /// service protection); results in id order, a missing record as a <see cref="BatchRead"/> without record.
    /// </summary>
    Task<IReadOnlyList<BatchRead>> GetManyAsync(
        EntitySet set, IReadOnlyList<string> ids, IReadOnlyCollection<string> fields, CancellationToken cancellationToken);
}
