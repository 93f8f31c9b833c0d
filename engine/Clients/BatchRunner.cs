using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// Cuts a batched read or write into chunks of the service's limit, sends them a few at a time, and puts the
/// results back in item order. A chunk that failed as a whole marks each of its items failed with that
/// error; cancellation passes through.
/// </summary>
internal static class BatchRunner
{
    /// <summary>Runs <paramref name="sendChunk"/> over chunks of at most <paramref name="chunkSize"/> items.</summary>
    /// <param name="items">The items, in the caller's order.</param>
    /// <param name="chunkSize">The most requests the service takes in one batch.</param>
    /// <param name="parallelism">Chunks in flight at once (the service's concurrency limit).</param>
    /// <param name="keyOf">An item's key, for a failed chunk's results.</param>
    /// <param name="sendChunk">Sends one chunk (with the index of its first item) and answers one result per item.</param>
    /// <param name="cancellationToken">Cancels the whole run.</param>
    public static Task<IReadOnlyList<BatchResult>> RunAsync<T>(
        IReadOnlyList<T> items,
        int chunkSize,
        int parallelism,
        Func<T, string?> keyOf,
        Func<IReadOnlyList<T>, int, CancellationToken, Task<IReadOnlyList<BatchResult>>> sendChunk,
        CancellationToken cancellationToken) =>
        RunAsync(items, chunkSize, parallelism, (item, index, failure) => BatchResult.Failed(index, keyOf(item), failure), r => r.Index, sendChunk, cancellationToken);

    /// <summary>Runs a batched read or write: chunks, a few in flight, results put back by <paramref name="indexOf"/>.</summary>
    /// <param name="items">The items, in the caller's order.</param>
    /// <param name="chunkSize">The most requests the service takes in one batch.</param>
    /// <param name="parallelism">Chunks in flight at once (the service's concurrency limit).</param>
    /// <param name="failed">The result of an item whose whole chunk failed (item, index, the chunk's error).</param>
    /// <param name="indexOf">A result's item index.</param>
    /// <param name="sendChunk">Sends one chunk (with the index of its first item) and answers one result per item.</param>
    /// <param name="cancellationToken">Cancels the whole run.</param>
    public static async Task<IReadOnlyList<TResult>> RunAsync<T, TResult>(
        IReadOnlyList<T> items,
        int chunkSize,
        int parallelism,
        Func<T, int, ServiceRequestException, TResult> failed,
        Func<TResult, int> indexOf,
        Func<IReadOnlyList<T>, int, CancellationToken, Task<IReadOnlyList<TResult>>> sendChunk,
        CancellationToken cancellationToken)
    {
        var results = new TResult[items.Count];
        var chunks = Enumerable.Range(0, (items.Count + chunkSize - 1) / chunkSize).Select(c => c * chunkSize);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(chunks, options, async (offset, ct) =>
        {
            var chunk = items.Skip(offset).Take(chunkSize).ToList();
            IReadOnlyList<TResult> answered;
            try
            {
                answered = await sendChunk(chunk, offset, ct).ConfigureAwait(false);
            }
            catch (ServiceRequestException failure)
            {
                answered = chunk.Select((item, i) => failed(item, offset + i, failure)).ToList();
            }

            foreach (var result in answered)
            {
                results[indexOf(result)] = result;
            }
        }).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// The result for one answered <c>GET</c> part: the record, none for a missing record, or the matching exception.
    /// As for a single read, a 404 about the record is an answer; one for a wrong company or URL segment is not.
    /// </summary>
    public static BatchRead FromReadPart(Side side, EntitySet set, BatchPart? part, int index, string id, bool afterRetry)
    {
        var result = FromPart(side, set, part, index, id, afterRetry);
        return result.Error switch
        {
            null => BatchRead.Read(index, id, result.Record),
            RecordNotFoundException or { Status: System.Net.HttpStatusCode.NotFound, ErrorCode: null } => BatchRead.Read(index, id, null),
            var error => BatchRead.Failed(index, id, error),
        };
    }

    /// <summary>The result for one answered part: the record it carries, or the matching exception.</summary>
    public static BatchResult FromPart(Side side, EntitySet set, BatchPart? part, int index, string? id, bool afterRetry)
    {
        if (part is null)
        {
            return BatchResult.Failed(index, id, new ServiceRequestException(side, null, null,
                $"{ServiceErrors.Describe(side)} gave no answer for this request in its batch response."));
        }

        if (!part.IsSuccess)
        {
            return BatchResult.Failed(index, id, ServiceErrors.FromBatchPart(side, part.Status, part.Body, afterRetry));
        }

        if (string.IsNullOrWhiteSpace(part.Body))
        {
            return BatchResult.Failed(index, id, new ServiceRequestException(side, part.Status, null,
                $"{ServiceErrors.Describe(side)} answered {(int)part.Status} without the record."));
        }

        using var document = System.Text.Json.JsonDocument.Parse(part.Body);
        return BatchResult.Written(index, id, ODataJson.ToRecord(document.RootElement, set));
    }
}
