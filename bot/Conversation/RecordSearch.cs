using CouplingBot.Cards.Views;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;

namespace CouplingBot.Bot.Conversation;

/// <summary>Finds Business Central records by (part of) their name, for commands that name a record instead of numbering it.</summary>
public sealed class RecordSearch(ServiceClients clients, MappingCatalog mappings)
{
    /// <summary>At most this many matches are read; more means the name should be narrowed down.</summary>
    public const int MaxMatches = 16;

    /// <summary>The records of the kind whose name contains every word of <paramref name="name"/>, in number order.</summary>
    public async Task<IReadOnlyList<RecordChoiceView>> FindAsync(RecordKind kind, string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var mapping = mappings.Mapping(kind);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var filter = ODataFilter.AllOf(words.Select(w => ODataFilter.AnyOf(ODataFilter.Spellings(w).Select(c => ODataFilter.Contains("displayName", c)))));
        var query = new RecordQuery(filter, [mapping.BusinessCentralNumberField, "displayName", "city", "email"], Top: MaxMatches);
        List<RecordChoiceView> found = [];
        await foreach (var record in clients.BusinessCentral.QueryAsync(mapping.BusinessCentral, query, cancellationToken).ConfigureAwait(false))
        {
            var detail = string.Join(", ", new[] { record["city"], record["email"] }.Where(v => !string.IsNullOrWhiteSpace(v)));
            found.Add(new RecordChoiceView(record[mapping.BusinessCentralNumberField] ?? record.Id, record["displayName"] ?? "(no name)", detail.Length > 0 ? detail : null));
        }

        return [.. found.OrderBy(r => r.Number, StringComparer.Ordinal)];
    }
}
