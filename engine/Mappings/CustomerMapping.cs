using System.Collections.Immutable;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// The CUSTOMER mapping: Business Central customer &lt;-&gt; Sales account, two-way, with the anchor's
/// default fields. Currency and salesperson are lookups through the CURRENCY and SALESPEOPLE
/// couplings; payment terms use an option mapping (CRONUS codes: 30 DAYS = Net 30, 1M(8D) =
/// "2% 10, Net 30", 45 DAYS = Net 45, 60 DAYS = Net 60).
/// </summary>
public static class CustomerMapping
{
    /// <summary>The mapping's name.</summary>
    public const string Name = "CUSTOMER";

    /// <summary>Business Central customers.</summary>
    public static EntitySet Customers { get; } = new EntitySet("customers", "id", "lastModifiedDateTime")
        .WithKinds(("creditLimit", ColumnKind.Number), ("paymentTermsId", ColumnKind.Guid));

    /// <summary>Dataverse accounts.</summary>
    public static EntitySet Accounts { get; } = new EntitySet("accounts", "accountid", "modifiedon")
        .WithKinds(("creditlimit", ColumnKind.Number), ("paymenttermscode", ColumnKind.Number), ("customertypecode", ColumnKind.Number));

    /// <summary>Business Central payment terms: a customer holds one's id, people and the option mapping use its code.</summary>
    public static CodeTable PaymentTermsCodes { get; } = new(new EntitySet("paymentTerms", "id", "lastModifiedDateTime"), "code");

    /// <summary>
    /// Business Central payment terms codes (CRONUS) and the account's <c>paymenttermscode</c> options.
    /// The API's customer holds <c>paymentTermsId</c>: the sync reads the payment terms' <c>code</c>
    /// (entity set <c>paymentTerms</c>) before mapping and writes the id of the code it gets back.
    /// </summary>
    public static OptionValueMap PaymentTerms { get; } = new(
    [
        new("30 DAYS", "1", "Net 30"),
        new("1M(8D)", "2", "2% 10, Net 30"),
        new("45 DAYS", "3", "Net 45"),
        new("60 DAYS", "4", "Net 60"),
    ]);

    /// <summary>The mapping as the anchor ships it: every default field, lookups and option mapping included.</summary>
    public static TableMapping Anchor { get; } = new(
        Name: Name,
        BusinessCentral: Customers,
        Sales: Accounts,
        Fields:
        [
            new("Name", "displayName", "name", FieldDirection.Bidirectional),
            .. AddressFields.Bidirectional,
            new("Phone", "phoneNumber", "telephone1", FieldDirection.Bidirectional),
            new("E-mail", "email", "emailaddress1", FieldDirection.Bidirectional),
            new("Website", "website", "websiteurl", FieldDirection.Bidirectional),
            new("Customer number", "number", "accountnumber", FieldDirection.ToSales),

            // The API v2.0 customer serves no contact name and no fax number: the fields are mapped as
            // in the anchor but off; turning them on needs an API page that serves them (validation says so).
            new("Contact", "contact", "address1_primarycontactname", FieldDirection.Bidirectional) { Enabled = false },
            new("Fax", "faxNo", "fax", FieldDirection.Bidirectional) { Enabled = false },
            new("Currency", "currencyCode", "transactioncurrencyid", FieldDirection.Bidirectional)
            {
                Lookup = new(CurrencyMapping.Name, "code", new("transactioncurrencyid", "transactioncurrencies"), "currency", "Sales currency"),
            },
            new("Payment terms", "paymentTermsId", "paymenttermscode", FieldDirection.Bidirectional)
            {
                ValueMap = PaymentTerms, BusinessCentralCodes = PaymentTermsCodes,
            },
            new("Credit limit", "creditLimit", "creditlimit", FieldDirection.ToSales),
            new("Salesperson", "salespersonCode", "ownerid", FieldDirection.ToSales)
            {
                Lookup = new(SalespeopleMapping.Name, "code", new("ownerid", "systemusers"), "salesperson", "Sales user"),
            },
        ],
        BusinessCentralNumberField: "number",
        SalesNameField: "name",
        BusinessCentralFilter: new RecordFilter("blocked", [" "], "not blocked"),
        SalesFilter: new RecordFilter("statecode", ["0"], "active"));

    /// <summary>The shipped mapping: the anchor's, every default field (lookups, option mapping, credit limit) synchronized.</summary>
    public static TableMapping Default => Anchor;
}
