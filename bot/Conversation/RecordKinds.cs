using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;

namespace CouplingBot.Bot.Conversation;

/// <summary>What each <see cref="RecordKind"/> is in the engine and in words.</summary>
public static class RecordKinds
{
    /// <summary>The table mapping of the kind in <paramref name="catalog"/>: the configured one, so <c>Mappings:</c> settings apply to chat too.</summary>
    public static TableMapping Mapping(this MappingCatalog catalog, RecordKind kind)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog[kind == RecordKind.Contact ? ContactMapping.Name : CustomerMapping.Name];
    }

    /// <summary>The Sales record a record of the kind is coupled with: "Sales account" or "Sales contact".</summary>
    public static string SalesNoun(RecordKind kind) => kind == RecordKind.Contact ? "Sales contact" : "Sales account";

    /// <summary>
    /// What <c>match customers</c> compares: (customers) the same name first, then the same city and post
    /// code; (contacts) the same e-mail first, then the same name. Records without a unique match are left alone.
    /// </summary>
    public static MatchCriteria MatchCriteria(RecordKind kind) => kind == RecordKind.Contact
        ? new MatchCriteria(
        [
            new MatchGroup(1, [new MatchField("email", "emailaddress1")]),
            new MatchGroup(2, [new MatchField("displayName", "lastname")]),
        ])
        : new MatchCriteria(
        [
            new MatchGroup(1, [new MatchField("displayName", "name")]),
            new MatchGroup(2, [new MatchField("city", "address1_city"), new MatchField("postalCode", "address1_postalcode")]),
        ]);

    /// <summary>Reads the kind as cards send it ("customer" / "contact").</summary>
    /// <exception cref="ArgumentException">Neither.</exception>
    public static RecordKind Parse(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "CUSTOMER" => RecordKind.Customer,
        "CONTACT" => RecordKind.Contact,
        _ => throw new ArgumentException($"\"{value}\" is not a kind of record.", nameof(value)),
    };

    /// <summary>The kind a card action names in its <c>recordKind</c>: customers' cards send none (and older cards none at all).</summary>
    /// <exception cref="ArgumentException">A kind that is neither.</exception>
    public static RecordKind OfCard(string? recordKind) => recordKind is null ? RecordKind.Customer : Parse(recordKind);

    /// <summary>The kind a mapping's records are; null for reference mappings (salespeople, currencies).</summary>
    public static RecordKind? OfMapping(string mapping) => mapping switch
    {
        CustomerMapping.Name => RecordKind.Customer,
        ContactMapping.Name => RecordKind.Contact,
        _ => null,
    };
}
