using System.Collections.Immutable;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// The CUSTOMER mapping: Business Central customer &lt;-&gt; Sales account, with the anchor's default
/// fields (see the anchor's "Default mappings"). Lookup fields (currency, payment terms,
/// salesperson) arrive with the mappings they depend on.
/// </summary>
public static class CustomerMapping
{
    /// <summary>Business Central customers.</summary>
    public static EntitySet Customers { get; } = new("customers", "id", "lastModifiedDateTime");

    /// <summary>Dataverse accounts.</summary>
    public static EntitySet Accounts { get; } = new("accounts", "accountid", "modifiedon");

    /// <summary>The mapping as shipped.</summary>
    public static TableMapping Default { get; } = new(
        Name: "CUSTOMER",
        BusinessCentral: Customers,
        Sales: Accounts,
        Fields:
        [
            new("Name", "displayName", "name", FieldDirection.Bidirectional),
            new("Address", "addressLine1", "address1_line1", FieldDirection.Bidirectional),
            new("Address 2", "addressLine2", "address1_line2", FieldDirection.Bidirectional),
            new("City", "city", "address1_city", FieldDirection.Bidirectional),
            new("Post code", "postalCode", "address1_postalcode", FieldDirection.Bidirectional),
            new("County", "state", "address1_stateorprovince", FieldDirection.Bidirectional),
            new("Country", "country", "address1_country", FieldDirection.Bidirectional),
            new("Phone", "phoneNumber", "telephone1", FieldDirection.Bidirectional),
            new("E-mail", "email", "emailaddress1", FieldDirection.Bidirectional),
            new("Website", "website", "websiteurl", FieldDirection.Bidirectional),
            new("Customer number", "number", "accountnumber", FieldDirection.ToSales),
        ],
        BusinessCentralNumberField: "number",
        SalesNameField: "name",
        BusinessCentralFilter: new RecordFilter("blocked", [" "], "not blocked"),
        SalesFilter: new RecordFilter("statecode", ["0"], "active"));
}
