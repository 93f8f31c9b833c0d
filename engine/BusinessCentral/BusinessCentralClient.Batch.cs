using System.Text.Json.Nodes;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.BusinessCentral;

/// <summary>
/// Batched reads and writes: <c>POST $batch</c> in OData's JSON batch format, <c>{"requests":[{id, method, url, headers,
/// body}]}</c> answered by <c>{"responses":[{id, status, headers, body}]}</c>. No <c>Isolation</c> header, so
/// each operation commits on its own and a failed one does not roll back the others.
/// </summary>
public sealed partial class BusinessCentralClient
{
    /// <summary>The most operations Business Central takes in one <c>$batch</c>.</summary>
    public const int MaxBatchRequests = 100;

    /// <inheritdoc />
    /// <remarks>Each operation is <c>PATCH companies({id})/{set}({key})</c> with its own <c>If-Match</c>.</remarks>
    public async Task<IReadOnlyList<BatchResult>> UpdateManyAsync(
        EntitySet set, IReadOnlyList<RecordUpdate> updates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var update in updates)
        {
            ArgumentException.ThrowIfNullOrEmpty(update.ETag, nameof(updates));
        }

        var path = await PathOfAsync(set, cancellationToken).ConfigureAwait(false);
        return await BatchRunner.RunAsync(updates, _options.BatchSize, _options.MaxConcurrentRequests, u => u.Id, (chunk, offset, ct) =>
            SendBatchAsync(set, offset, chunk.Select((u, i) => ((string?)u.Id, Operation(offset + i, "PATCH", $"{path}({u.Id})", u.ETag, RecordBody.ForBusinessCentral(set, u.Changes)))).ToList(), ct),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Business Central assigns keys, so each item's id must be null; a create is not idempotent, so a batch
    /// is sent again only when it was refused as a whole (429, 503) or never reached the service.
    /// </remarks>
    public async Task<IReadOnlyList<BatchResult>> CreateManyAsync(
        EntitySet set, IReadOnlyList<RecordCreate> creates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(creates);
        if (creates.Any(c => c.Id is not null))
        {
            throw new ArgumentException("Business Central assigns record keys itself; leave each Id null.", nameof(creates));
        }

        var path = await PathOfAsync(set, cancellationToken).ConfigureAwait(false);
        return await BatchRunner.RunAsync(creates, _options.BatchSize, _options.MaxConcurrentRequests, _ => null, (chunk, offset, ct) =>
            SendBatchAsync(set, offset, chunk.Select((c, i) => ((string?)null, Operation(offset + i, "POST", path, null, RecordBody.ForBusinessCentral(set, c.Values)))).ToList(), ct),
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Each operation is <c>GET companies({id})/{set}({key})?$select=...</c>; a batch of reads changes nothing, so the
    /// pipeline sends it again after any failure it would retry a plain read after.
    /// </remarks>
    public async Task<IReadOnlyList<BatchRead>> GetManyAsync(
        EntitySet set, IReadOnlyList<string> ids, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        BatchRead.CheckArguments(set, ids, fields);

        var path = await PathOfAsync(set, cancellationToken).ConfigureAwait(false);
        var select = SelectList.For(set, fields);
        return await BatchRunner.RunAsync(ids, _options.BatchSize, _options.MaxConcurrentRequests, (id, index, failure) => BatchRead.Failed(index, id, failure), r => r.Index,
            async (chunk, offset, ct) =>
            {
                var operations = chunk.Select((id, i) => Operation(offset + i, "GET", $"{path}({id})?$select={select}", null, null)).ToList();
                var answers = await SendOperationsAsync(operations, readOnly: true, ct).ConfigureAwait(false);
                return chunk.Select((id, i) => BatchRunner.FromReadPart(Side, set, answers.GetValueOrDefault((string)operations[i]["id"]!), offset + i, id, afterRetry: false))
                    .ToList();
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<BatchResult>> SendBatchAsync(
        EntitySet set, int offset, IReadOnlyList<(string? Id, JsonObject Operation)> operations, CancellationToken cancellationToken)
    {
        var answers = await SendOperationsAsync(operations.Select(o => o.Operation).ToList(), readOnly: false, cancellationToken).ConfigureAwait(false);
        return operations.Select((operation, i) => BatchRunner.FromPart(Side, set,
            answers.GetValueOrDefault((string)operation.Operation["id"]!), offset + i, operation.Id, afterRetry: false)).ToList();
    }

    /// <summary>Sends one <c>$batch</c> and answers its responses by operation id.</summary>
    private async Task<IReadOnlyDictionary<string, BatchPart>> SendOperationsAsync(IReadOnlyList<JsonObject> operations, bool readOnly, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch")
        {
            Content = JsonBatch.Content(new JsonObject { ["requests"] = new JsonArray([.. operations]) }),
        };
        request.Options.Set(ResilienceKeys.ReadOnly, readOnly);
        using var response = await _transport.SendForResponseAsync(request, cancellationToken).ConfigureAwait(false);
        return await JsonBatch.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One operation, its id the item's position + 1; a read has no body (nor headers).</summary>
    private static JsonObject Operation(int index, string method, string url, string? etag, JsonObject? body)
    {
        var operation = new JsonObject
        {
            ["id"] = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["method"] = method,
            ["url"] = url,
        };
        if (body is null)
        {
            return operation;
        }

        var headers = new JsonObject { ["Content-Type"] = "application/json" };
        if (etag is not null)
        {
            headers["If-Match"] = etag;
        }

        operation["headers"] = headers;
        operation["body"] = body;
        return operation;
    }
}
