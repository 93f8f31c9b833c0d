using System.Runtime.CompilerServices;
using System.Text.Json;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Dataverse;

/// <summary>Change tracking: what was created, changed or deleted in a table since a delta link.</summary>
public sealed partial class DataverseClient
{
    /// <summary>
    /// The changes to a table. Without <paramref name="deltaLink"/>: every row (the first, full read, sent with
    /// <c>Prefer: odata.track-changes</c>); with one: the rows created or changed since, then the deletions.
    /// Server pages are followed; the last entry is always <see cref="ChangesComplete"/> with the new delta link.
    /// The table must have change tracking enabled.
    /// </summary>
    /// <param name="set">The table. <c>$filter</c>, <c>$orderby</c>, <c>$expand</c> and <c>$top</c> are not allowed with change tracking.</param>
    /// <param name="fields">The columns to read (ignored with a delta link, which carries the first call's <c>$select</c>).</param>
    /// <param name="deltaLink">The link from the last <see cref="ChangesComplete"/>, or null for a full read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ChangeTrackingExpiredException">The link is too old: read everything again without one.</exception>
    public async IAsyncEnumerable<RecordChange> ChangesAsync(
        EntitySet set, IReadOnlyCollection<string> fields, string? deltaLink, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(fields);
        var prefer = deltaLink is null
            ? $"odata.track-changes,odata.maxpagesize={_options.PageSize}"
            : $"odata.maxpagesize={_options.PageSize}";
        string? newLink = null;
        for (var url = deltaLink ?? $"{set.Name}?$select={SelectList.For(set, fields)}"; url is not null;)
        {
            using var page = await _transport.SendAsync(HttpMethod.Get, url, null, r => r.Headers.TryAddWithoutValidation("Prefer", prefer),
                notFoundIsNull: false, cancellationToken).ConfigureAwait(false)
                ?? throw new ServiceRequestException(Side, null, null, "Dynamics 365 Sales answered a change-tracking read with no body.");
            foreach (var entity in page.RootElement.GetProperty("value").EnumerateArray())
            {
                yield return DeletedId(entity, set) is { } id ? new RecordDeleted(id) : new RecordUpserted(ODataJson.ToRecord(entity, set));
            }

            url = TryGetString(page.RootElement, "@odata.nextLink");
            newLink = TryGetString(page.RootElement, "@odata.deltaLink") ?? newLink;
        }

        yield return new ChangesComplete(newLink ?? throw new ServiceRequestException(Side, null, null,
            $"Dynamics 365 Sales gave no delta link for {set.Name}: is change tracking enabled for the table?"));
    }

    /// <summary>The id of a deleted-entity entry (<c>#accounts/$deletedEntity</c>, or OData 4.01's <c>@removed</c>), else null.</summary>
    private static string? DeletedId(JsonElement entity, EntitySet set)
    {
        var context = TryGetString(entity, "@odata.context");
        var deleted = context?.EndsWith("$deletedEntity", StringComparison.Ordinal) == true || entity.TryGetProperty("@removed", out _);
        return deleted ? TryGetString(entity, "id") ?? TryGetString(entity, set.KeyField) : null;
    }

    private static string? TryGetString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
