using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

internal abstract partial class SyncStrategyRequests
{
    /// <summary>
    /// <see cref="SyncStrategy.PerRecord"/>: the anchor's requests through <see cref="IRecordClient"/>'s one-record calls,
    /// one <c>GET</c>, <c>PATCH</c> or <c>POST</c> per record, never <c>$batch</c>. They go out a few at a time (the
    /// client's concurrency limiter has the last word), so the baseline's wall time is not inflated by waiting for one
    /// request after another; its request count is exactly one per record and operation.
    /// </summary>
    private sealed class PerRecordRequests : SyncStrategyRequests
    {
        private const int Parallelism = 8;

        public override SyncStrategy Strategy => SyncStrategy.PerRecord;

        public override async Task<IReadOnlyList<BatchRead>> ReadManyAsync(
            IRecordClient client, EntitySet set, IReadOnlyList<string> ids, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(client);
            BatchRead.CheckArguments(set, ids, fields);
            return await EachAsync(ids, async (id, index, ct) =>
            {
                try
                {
                    return BatchRead.Read(index, id, await client.GetAsync(set, id, fields, ct).ConfigureAwait(false));
                }
                catch (ServiceRequestException failure)
                {
                    return BatchRead.Failed(index, id, failure);
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        public override async Task<IReadOnlyList<BatchResult>> UpdateManyAsync(
            IRecordClient client, EntitySet set, IReadOnlyList<RecordUpdate> updates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(client);
            ArgumentNullException.ThrowIfNull(updates);
            return await EachAsync(updates, async (update, index, ct) =>
            {
                try
                {
                    return BatchResult.Written(index, update.Id,
                        await client.UpdateAsync(set, update.Id, update.ETag, update.Changes, fields, ct).ConfigureAwait(false));
                }
                catch (ServiceRequestException failure)
                {
                    return BatchResult.Failed(index, update.Id, failure);
                }
            }, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The anchor checks before it inserts: a <c>GET</c> under the item's key, then a <c>POST</c> when nothing is there.</summary>
        protected override async Task<IReadOnlyList<Created>> SendCreatesAsync(
            IRecordClient client, EntitySet set, IReadOnlyList<RecordCreate> creates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken) =>
            await EachAsync(creates, async (create, index, ct) =>
            {
                try
                {
                    if (create.Id is { } key && await client.GetAsync(set, key, fields, ct).ConfigureAwait(false) is { } earlier)
                    {
                        return new Created(index, earlier, true, null);
                    }

                    return new Created(index, await client.CreateAsync(set, create.Id, create.Values, fields, ct).ConfigureAwait(false), false, null);
                }
                catch (ServiceRequestException failure)
                {
                    return new Created(index, null, false, failure);
                }
            }, cancellationToken).ConfigureAwait(false);

        /// <summary>Sends one request per item, a few at a time; results in item order.</summary>
        private static async Task<IReadOnlyList<TResult>> EachAsync<T, TResult>(
            IReadOnlyList<T> items, Func<T, int, CancellationToken, Task<TResult>> send, CancellationToken cancellationToken)
        {
            var results = new TResult[items.Count];
            var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, items.Count), options, async (index, ct) =>
                results[index] = await send(items[index], index, ct).ConfigureAwait(false)).ConfigureAwait(false);
            return results;
        }
    }
}
