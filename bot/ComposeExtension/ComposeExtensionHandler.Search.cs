using CouplingBot.Bot.Conversation;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Bot.ComposeExtension;

public sealed partial class ComposeExtensionHandler
{
    /// <summary>At most this many results, customers first.</summary>
    public const int MaxResults = 10;

    /// <summary>The shortest search that is sent to Business Central.</summary>
    public const int MinSearchLength = 2;

    /// <summary>What a too-short search gets.</summary>
    public const string TooShortMessage =
        "Type at least 2 characters of a customer or contact number or name, for example \"10000\" or \"cannon\".";

    private static readonly string[] ContactExtraFields = ["type", "companyName"];

    // Search: customers and person contacts whose number starts with the text or whose name contains it.
    // Business Central compares text case-sensitively and allows "or" only within one field, so each field
    // is its own query with a few spellings of the text (as typed, lower, upper, Title), and matches are
    // checked again case-insensitively here.
    private async Task<ComposeExtensionResponse> SearchAsync(ComposeExtensionQuery query, CancellationToken cancellationToken)
    {
        var text = query.SearchText;
        if (text.Length < MinSearchLength)
        {
            return ComposeExtensionResponse.Message(TooShortMessage);
        }

        var customers = FindAsync(service.Mappings.Mapping(RecordKind.Customer), text, null, cancellationToken);
        var contacts = FindAsync(service.Mappings.Mapping(RecordKind.Contact), text, ODataFilter.Equal("type", "Person"), cancellationToken);
        var found = (await customers.ConfigureAwait(false)).Select(r => (Kind: RecordKind.Customer, Record: r))
            .Concat((await contacts.ConfigureAwait(false)).Select(r => (Kind: RecordKind.Contact, Record: r)))
            .OrderBy(f => Rank(f.Record, text))
            .Take(MaxResults)
            .ToList();
        if (found.Count == 0)
        {
            return ComposeExtensionResponse.Message($"No customer or contact in Business Central has a number starting with or a name containing \"{text}\".");
        }

        var attachments = await Task.WhenAll(found.Select(f => ResultAsync(f.Kind, f.Record, cancellationToken))).ConfigureAwait(false);
        return ComposeExtensionResponse.List(attachments);
    }

    private async Task<IReadOnlyList<EntityRecord>> FindAsync(TableMapping mapping, string text, string? also, CancellationToken cancellationToken)
    {
        var fields = mapping.Name == ContactMapping.Name
            ? [.. mapping.BusinessCentralFields.Concat(ContactExtraFields).Distinct(StringComparer.Ordinal)]
            : mapping.BusinessCentralFields;
        var spellings = ODataFilter.Spellings(text);
        var byNumber = QueryAsync(mapping, Narrowed(ODataFilter.AnyOf(spellings.Select(s => $"startswith({mapping.BusinessCentralNumberField},{ODataFilter.Quote(s)})")), also), fields, cancellationToken);
        var byName = QueryAsync(mapping, Narrowed(ODataFilter.AnyOf(spellings.Select(s => ODataFilter.Contains("displayName", s))), also), fields, cancellationToken);
        return [.. (await byNumber.ConfigureAwait(false)).Concat(await byName.ConfigureAwait(false))
            .Where(r => Matches(r, mapping.BusinessCentralNumberField, text))
            .DistinctBy(r => r.Id)];
    }

    private async Task<List<EntityRecord>> QueryAsync(TableMapping mapping, string filter, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        var records = new List<EntityRecord>();
        await foreach (var record in clients.BusinessCentral.QueryAsync(mapping.BusinessCentral, new RecordQuery(filter, fields, MaxResults), cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records;
    }

    private static string Narrowed(string filter, string? also) => also is null ? filter : ODataFilter.AllOf([also, filter]);

    private static bool Matches(EntityRecord record, string numberField, string text) =>
        (record[numberField] ?? "").StartsWith(text, StringComparison.OrdinalIgnoreCase)
        || (record["displayName"] ?? "").Contains(text, StringComparison.OrdinalIgnoreCase);

    // Number prefix first, then names that start with the text, then the rest; customers before contacts (stable sort).
    private static int Rank(EntityRecord record, string text) =>
        (record["number"] ?? "").StartsWith(text, StringComparison.OrdinalIgnoreCase) ? 0
        : (record["displayName"] ?? "").StartsWith(text, StringComparison.OrdinalIgnoreCase) ? 1
        : 2;
}
