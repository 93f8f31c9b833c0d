using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>
/// The one place a <see cref="SyncStrategy"/> shows: how a synchronization's reads of records by id, its updates and
/// its creates go out to a service. Chosen once (<see cref="For"/>) and handed the client per call, so the incremental
/// sync and the bulk create path keep one code path each; results have the shape of the batched calls
/// (<see cref="BatchRead"/>, <see cref="BatchResult"/>, in item order, a failed item never stopping the others) in
/// both strategies.
/// </summary>
internal abstract partial class SyncStrategyRequests
{
    /// <summary>CouplingBot's strategy: <c>$batch</c> requests.</summary>
    public static SyncStrategyRequests Batched { get; } = new BatchedRequests();

    /// <summary>The anchor's strategy: one request per record, never <c>$batch</c>.</summary>
    public static SyncStrategyRequests PerRecord { get; } = new PerRecordRequests();

    /// <summary>Which strategy this is.</summary>
    public abstract SyncStrategy Strategy { get; }

    /// <summary>
    /// True when a counterpart the Sales change feed shows unchanged is still read before it is written (the anchor's one
    /// read per record); false when it is written from its last synchronized state with If-Match on the stored version,
    /// and read only when that write is refused (see <c>IncrementalSync</c>).
    /// </summary>
    public bool ReadsUnchangedCounterparts => Strategy == SyncStrategy.PerRecord;

    /// <summary>The requests of a strategy.</summary>
    public static SyncStrategyRequests For(SyncStrategy strategy) => strategy switch
    {
        SyncStrategy.Batched => Batched,
        SyncStrategy.PerRecord => PerRecord,
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown sync strategy."),
    };

    /// <summary>Reads records by id; a missing record answers without record, a failed read with its error.</summary>
    public abstract Task<IReadOnlyList<BatchRead>> ReadManyAsync(
        IRecordClient client, EntitySet set, IReadOnlyList<string> ids, IReadOnlyCollection<string> fields, CancellationToken cancellationToken);

    /// <summary>Writes each update if its record still has the update's ETag.</summary>
    public abstract Task<IReadOnlyList<BatchResult>> UpdateManyAsync(
        IRecordClient client, EntitySet set, IReadOnlyList<RecordUpdate> updates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken);

    /// <summary>
    /// Creates one record per item, retry-safe for items with a key: a record already under the key (an earlier
    /// attempt made it) is answered as <see cref="Created.Earlier"/>, not made again. Batched finds such records by the
    /// duplicate the create meets; per record, as the anchor does, by a read before each insert.
    /// </summary>
    public async Task<IReadOnlyList<Created>> CreateManyAsync(
        IRecordClient client, EntitySet set, IReadOnlyList<RecordCreate> creates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(creates);
        var sent = await SendCreatesAsync(client, set, creates, fields, cancellationToken).ConfigureAwait(false);
        var made = new Created[creates.Count];
        foreach (var result in sent)
        {
            // A duplicate under the item's own key: an earlier attempt made the record. One with nothing under the key
            // is about another unique value and stays a failure.
            made[result.Index] = result.Error is DuplicateRecordException && creates[result.Index].Id is { } key
                && await client.GetAsync(set, key, fields, cancellationToken).ConfigureAwait(false) is { } earlier
                ? result with { Record = earlier, Earlier = true, Error = null }
                : result;
        }

        return made;
    }

    /// <summary>Sends the creates (per record: after a read under each key); results in item order.</summary>
    protected abstract Task<IReadOnlyList<Created>> SendCreatesAsync(
        IRecordClient client, EntitySet set, IReadOnlyList<RecordCreate> creates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken);

    /// <summary>What became of one create: the record (made now, or by an earlier attempt), or why it was not made.</summary>
    /// <param name="Index">The item's position in the list given.</param>
    /// <param name="Record">The record as stored; null when it was not made.</param>
    /// <param name="Earlier">True when an earlier attempt had made it.</param>
    /// <param name="Error">Why it was not made.</param>
    public sealed record Created(int Index, EntityRecord? Record, bool Earlier, ServiceRequestException? Error);
}
