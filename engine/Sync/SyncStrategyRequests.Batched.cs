using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

internal abstract partial class SyncStrategyRequests
{
    /// <summary>
    /// <see cref="SyncStrategy.Batched"/>: the client's <c>$batch</c> calls (<see cref="IBatchRecordClient"/>), chunked to
    /// the service's batch limit. A client without batches sends one request per record.
    /// </summary>
    private sealed class BatchedRequests : SyncStrategyRequests
    {
        public override SyncStrategy Strategy => SyncStrategy.Batched;

        public override Task<IReadOnlyList<BatchRead>> ReadManyAsync(
            IRecordClient client, EntitySet set, IReadOnlyList<string> ids, IReadOnlyCollection<string> fields, CancellationToken cancellationToken) =>
            client is IBatchRecordClient batch
                ? batch.GetManyAsync(set, ids, fields, cancellationToken)
                : PerRecord.ReadManyAsync(client, set, ids, fields, cancellationToken);

        public override Task<IReadOnlyList<BatchResult>> UpdateManyAsync(
            IRecordClient client, EntitySet set, IReadOnlyList<RecordUpdate> updates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken) =>
            client is IBatchRecordClient batch
                ? batch.UpdateManyAsync(set, updates, fields, cancellationToken)
                : PerRecord.UpdateManyAsync(client, set, updates, fields, cancellationToken);

        protected override async Task<IReadOnlyList<Created>> SendCreatesAsync(
            IRecordClient client, EntitySet set, IReadOnlyList<RecordCreate> creates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
        {
            if (client is not IBatchRecordClient batch)
            {
                return await PerRecord.SendCreatesAsync(client, set, creates, fields, cancellationToken).ConfigureAwait(false);
            }

            var results = await batch.CreateManyAsync(set, creates, fields, cancellationToken).ConfigureAwait(false);
            return [.. results.Select(r => new Created(r.Index, r.Succeeded ? r.Record : null, false,
                r.Succeeded ? null : r.Error ?? new ServiceRequestException(client.Side, null, null, "The service did not create the record.")))];
        }
    }
}
