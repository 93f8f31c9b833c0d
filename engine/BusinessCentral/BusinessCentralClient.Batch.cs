using System.Text.Json.Nodes;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.BusinessCentral;

/// <summary>
/// Batched writes: <c>POST $batch</c> in OData's JSON batch format, <c>{"requests":[{id, method, url, headers,
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
            SendBatchAsync(set, offset, chunk.Select((u, i) => ((string?)u.Id, Operation(offset + i, "PATCH", $"{path}({u.Id})", u.ETag, u.Changes))).ToList(), ct),
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
            SendBatchAsync(set, offset, chunk.Select((c, i) => ((string?)null, Operation(offset + i, "POST", path, null, c.Values))).ToList(), ct),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<BatchResult>> SendBatchAsync(
        EntitySet set, int offset, IReadOnlyList<(string? Id, JsonObject Operation)> operations, CancellationToken cancellationToken)
    {
        var requests = new JsonArray([.. operations.Select(o => o.Operation)]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch")
        {
            Content = JsonBatch.Content(new JsonObject { ["requests"] = requests }),
        };
        using var response = await _transport.SendForResponseAsync(request, cancellationToken).ConfigureAwait(false);
        var answers = await JsonBatch.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return operations.Select((operation, i) => BatchRunner.FromPart(Side, set,
            answers.GetValueOrDefault((string)operation.Operation["id"]!), offset + i, operation.Id, afterRetry: false)).ToList();
    }

    /// <summary>
    /// One operation, its id the item's position + 1; Business Central has no null text, so an empty value
    /// is written as "".
    /// </summary>
    private static JsonObject Operation(int index, string method, string url, string? etag, IReadOnlyDictionary<string, string?> values)
    {
        var headers = new JsonObject { ["Content-Type"] = "application/json" };
        if (etag is not null)
        {
            headers["If-Match"] = etag;
        }

        var body = new JsonObject();
        foreach (var (name, value) in values)
        {
            body[name] = value ?? "";
        }

        return new JsonObject
        {
            ["id"] = (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["method"] = method,             ["url"] = url,
            ["headers"] = headers,
            ["body"] = body,
        };
    }
}
