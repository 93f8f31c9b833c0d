using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Dataverse;

/// <summary>Writes: POST with a client-chosen key, PATCH and DELETE under <c>If-Match</c>.</summary>
public sealed partial class DataverseClient
{
    /// <inheritdoc />
    /// <remarks>
    /// The key goes in the body (<c>accountid</c> and so on), made here when the caller has none, so
    /// sending the same create twice cannot make two records. If the pipeline did send it twice and the
    /// later attempt meets 412 <c>0x80040237</c> (duplicate), the earlier attempt was applied after all:
    /// the record under that key is this create's, and is read back and returned.
    /// </remarks>
    public async Task<EntityRecord> CreateAsync(
        EntitySet set, string? id, IReadOnlyDictionary<string, string?> values, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(values);
        var key = id ?? Guid.NewGuid().ToString("D");
        if (!Guid.TryParse(key, out _))
        {
            throw new ArgumentException($"A {set.Name} key is a GUID; \"{key}\" is not.", nameof(id));
        }

        var body = RecordBody.ForDataverse(set, new Dictionary<string, string?>(values, StringComparer.Ordinal) { [set.KeyField] = key });
        var url = $"{set.Name}?$select={SelectList.For(set, fields)}";
        try
        {
            using var document = await _transport.SendAsync(HttpMethod.Post, url, body, r => r.Headers.Add("Prefer", "return=representation"),
                notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
            return document is not null
                ? ODataJson.ToRecord(document.RootElement, set)
                : await this.GetRequiredAsync(set, key, fields, cancellationToken).ConfigureAwait(false);
        }
        catch (DuplicateRecordException duplicate) when (duplicate.AfterRetry)
        {
            return await this.GetRequiredAsync(set, key, fields, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<EntityRecord> UpdateAsync(
        EntitySet set, string id, string etag, IReadOnlyDictionary<string, string?> changes, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        ArgumentNullException.ThrowIfNull(changes);

        // If-Match makes the PATCH an update only (never an upsert) and refuses a stale version;
        // return=representation hands back the new ETag and modifiedon without a second read.
        var url = $"{set.Name}({id})?$select={SelectList.For(set, fields)}";
        using var document = await _transport.SendAsync(HttpMethod.Patch, url, RecordBody.ForDataverse(set, changes), r =>
        {
            r.Headers.TryAddWithoutValidation("If-Match", etag);
            r.Headers.Add("Prefer", "return=representation");
        }, notFoundIsNull: false, cancellationToken).ConfigureAwait(false);

        return document is not null
            ? ODataJson.ToRecord(document.RootElement, set)
            : await this.GetRequiredAsync(set, id, fields, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(EntitySet set, string id, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        using var _ = await _transport.SendAsync(HttpMethod.Delete, $"{set.Name}({id})", null,
            r => r.Headers.TryAddWithoutValidation("If-Match", etag), notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
    }
}
