using System.Collections.Immutable;

namespace CouplingBot.Engine.Mappings;

/// <summary>The postal address that customers and accounts, and contacts on both sides, share: two-way.</summary>
internal static class AddressFields
{
    /// <summary>Address lines, city, post code, county and country, Business Central &lt;-&gt; <c>address1_*</c>.</summary>
    public static ImmutableArray<FieldMapping> Bidirectional { get; } =
    [
        new("Address", "addressLine1", "address1_line1", FieldDirection.Bidirectional),
        new("Address 2", "addressLine2", "address1_line2", FieldDirection.Bidirectional),
        new("City", "city", "address1_city", FieldDirection.Bidirectional),
        new("Post code", "postalCode", "address1_postalcode", FieldDirection.Bidirectional),
        new("County", "state", "address1_stateorprovince", FieldDirection.Bidirectional),
        new("Country", "country", "address1_country", FieldDirection.Bidirectional),
    ];
}
