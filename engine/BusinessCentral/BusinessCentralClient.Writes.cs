using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.BusinessCentral;

/// <summary>Writes: POST, PATCH and DELETE, each answered with the entity (or 204) by Business Central.</summary>
public sealed partial class BusinessCentralClient
{
    /// <inheritdoc />
    /// <remarks>
    /// Business Central assigns the key (SystemId) itself, so a create is not idempotent: the pipeline
    /// sends it again only when it certainly was not applied (429, 503, no connection).
    /// </remarks>
    public async Task<EntityRecord> CreateAsync(
        EntitySet set, string? id, IReadOnlyDictionary<string, string?> values, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(values);
        if (id is not null)
        {
            throw new ArgumentException("Business Central assigns record keys itself; pass null.", nameof(id));
        }

        var url = await PathOfAsync(set, cancellationToken).ConfigureAwait(false);
        using var document = await _transport.SendAsync(HttpMethod.Post, url, RecordBody.ForBusinessCentral(set, values), null, notFoundIsNull: false, cancellationToken).ConfigureAwait(false)
            ?? throw new ServiceRequestException(Side, null, null, "Business Central answered a create with no body.");
        return ODataJson.ToRecord(document.RootElement, set);
    }

    /// <inheritdoc />
    public async Task<EntityRecord> UpdateAsync(
        EntitySet set, string id, string etag, IReadOnlyDictionary<string, string?> changes, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        ArgumentNullException.ThrowIfNull(changes);

        var url = $"{await PathOfAsync(set, cancellationToken).ConfigureAwait(false)}({id})";
        using var document = await _transport.SendAsync(HttpMethod.Patch, url, RecordBody.ForBusinessCentral(set, changes), r => IfMatch(r, etag), notFoundIsNull: false, cancellationToken).ConfigureAwait(false)
            ?? throw new ServiceRequestException(Side, null, null, "Business Central answered an update with no body.");
        return ODataJson.ToRecord(document.RootElement, set);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(EntitySet set, string id, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentException.ThrowIfNullOrEmpty(etag);

        // Business Central requires If-Match on DELETE (400 BadRequest_InvalidToken without it).
        var url = $"{await PathOfAsync(set, cancellationToken).ConfigureAwait(false)}({id})";
        using var _ = await _transport.SendAsync(HttpMethod.Delete, url, null, r => IfMatch(r, etag), notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
    }

    private static void IfMatch(HttpRequestMessage request, string etag) => request.Headers.TryAddWithoutValidation("If-Match", etag);
}
