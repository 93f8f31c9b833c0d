using System.Text.Json;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Dataverse.Batch;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Dataverse;

/// <summary>
/// Batched reads and writes: <c>POST $batch</c> as multipart/mixed with one independent request per record and
/// <c>Prefer: odata.continue-on-error</c>, so a failed record never stops the rest of its batch.
/// </summary>
public sealed partial class DataverseClient
{
    /// <summary>The most requests Dataverse takes in one <c>$batch</c>.</summary>
    public const int MaxBatchRequests = 1000;

    /// <inheritdoc />
    /// <remarks>Each part is <c>PATCH set(id)</c> with its own <c>If-Match</c> and <c>Prefer: return=representation</c>.</remarks>
    public Task<IReadOnlyList<BatchResult>> UpdateManyAsync(
        EntitySet set, IReadOnlyList<RecordUpdate> updates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(updates);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var update in updates)
        {
            ArgumentException.ThrowIfNullOrEmpty(update.ETag, nameof(updates));
        }

        return BatchRunner.RunAsync(updates, _options.BatchSize, _options.MaxConcurrentRequests, u => u.Id, (chunk, offset, ct) => SendBatchAsync(
            set, fields, offset, chunk.Select(u => ((string?)u.Id, new BatchRequestPart(HttpMethod.Patch, Url($"{set.Name}({u.Id})?$select={SelectList.For(set, fields)}"),
                [new("If-Match", u.ETag), new("Prefer", "return=representation")], RecordBody.ForDataverse(set, u.Changes).ToJsonString()))).ToList(),
            ct), cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Each part is <c>POST set</c> with the key in the body (made here when the item has none), so a batch
    /// the pipeline sent twice cannot create a record twice: a duplicate met after such a retry is read back.
    /// </remarks>
    public Task<IReadOnlyList<BatchResult>> CreateManyAsync(
        EntitySet set, IReadOnlyList<RecordCreate> creates, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(creates);
        ArgumentNullException.ThrowIfNull(fields);
        var keyed = creates.Select(c => c with { Id = c.Id ?? Guid.NewGuid().ToString("D") }).ToList();
        if (keyed.FirstOrDefault(c => !Guid.TryParse(c.Id, out _)) is { } bad)
        {
            throw new ArgumentException($"A {set.Name} key is a GUID; \"{bad.Id}\" is not.", nameof(creates));
        }

        return BatchRunner.RunAsync(keyed, _options.BatchSize, _options.MaxConcurrentRequests, c => c.Id, (chunk, offset, ct) => SendBatchAsync(
            set, fields, offset, chunk.Select(c => (c.Id, new BatchRequestPart(HttpMethod.Post, Url($"{set.Name}?$select={SelectList.For(set, fields)}"),
                [new("Prefer", "return=representation")],
                RecordBody.ForDataverse(set, new Dictionary<string, string?>(c.Values, StringComparer.Ordinal) { [set.KeyField] = c.Id }).ToJsonString()))).ToList(),
            ct), cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Each part is <c>GET set(id)?$select=...</c>; a batch of reads changes nothing, so the pipeline sends it again
    /// after any failure it would retry a plain read after.
    /// </remarks>
    public Task<IReadOnlyList<BatchRead>> GetManyAsync(
        EntitySet set, IReadOnlyList<string> ids, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        BatchRead.CheckArguments(set, ids, fields);

        var select = SelectList.For(set, fields);
        return BatchRunner.RunAsync(ids, _options.BatchSize, _options.MaxConcurrentRequests, (id, index, failure) => BatchRead.Failed(index, id, failure), r => r.Index,
            async (chunk, offset, ct) =>
            {
                var parts = chunk.Select(id => new BatchRequestPart(HttpMethod.Get, Url($"{set.Name}({id})?$select={select}"), [], null));
                var (answers, retried) = await SendPartsAsync(parts, readOnly: true, ct).ConfigureAwait(false);
                return chunk.Select((id, i) => BatchRunner.FromReadPart(Side, set, i < answers.Count ? answers[i] : null, offset + i, id, retried)).ToList();
            },
            cancellationToken);
    }

    private async Task<IReadOnlyList<BatchResult>> SendBatchAsync(
        EntitySet set, IReadOnlyCollection<string> fields, int offset, IReadOnlyList<(string? Id, BatchRequestPart Part)> requests, CancellationToken cancellationToken)
    {
        var (answers, retried) = await SendPartsAsync(requests.Select(r => r.Part), readOnly: false, cancellationToken).ConfigureAwait(false);

        var results = new List<BatchResult>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var (id, _) = requests[i];
            var answer = i < answers.Count ? answers[i] : null;
            var result = answer is { IsSuccess: true, Body: null } && id is not null
                ? await ReadBackAsync(set, id, fields, offset + i, cancellationToken).ConfigureAwait(false)
                : BatchRunner.FromPart(Side, set, answer, offset + i, id, retried);
            results.Add(result.Error is DuplicateRecordException { AfterRetry: true } && id is not null
                ? await ReadBackAsync(set, id, fields, offset + i, cancellationToken).ConfigureAwait(false)
                : result);
        }

        return results;
    }

    /// <summary>Sends one <c>$batch</c> and answers its parts in order, and whether the pipeline had to send it again.</summary>
    private async Task<(IReadOnlyList<BatchPart> Answers, bool Retried)> SendPartsAsync(
        IEnumerable<BatchRequestPart> parts, bool readOnly, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = MultipartBatchWriter.Create($"batch_{Guid.NewGuid():D}", parts) };
        request.Headers.Add("Prefer", "odata.continue-on-error");
        request.Options.Set(ResilienceKeys.ReadOnly, readOnly);
        using var response = await _transport.SendForResponseAsync(request, cancellationToken).ConfigureAwait(false);
        var answers = await MultipartBatchReader.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        return (answers, ODataTransport.WasRetried(request));
    }

    /// <summary>The record as stored, for an answer without it (204) or a create the retried batch had already applied.</summary>
    private async Task<BatchResult> ReadBackAsync(EntitySet set, string id, IReadOnlyCollection<string> fields, int index, CancellationToken cancellationToken)
    {
        try
        {
            return BatchResult.Written(index, id, await this.GetRequiredAsync(set, id, fields, cancellationToken).ConfigureAwait(false));
        }
        catch (ServiceRequestException failure)
        {
            return BatchResult.Failed(index, id, failure);
        }
    }

    private Uri Url(string relative) => new(_options.ApiBase, relative);
}
