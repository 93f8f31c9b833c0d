using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// The CONTACT mapping: Business Central person contact with a company &lt;-&gt; Sales contact, two-way.
/// Company contacts are not synchronized (the filters).
/// </summary>
/// <remarks>
/// Business Central API v2.0 contacts have only <c>displayName</c>, no first, middle or surname and
/// no fax: the full name goes to the Sales <c>lastname</c> (to Sales only, since Sales composes
/// <c>fullname</c> from three parts and splitting it back is guesswork), and fax is not mapped.
/// Sales contacts have no web site column, so neither is the BC <c>website</c>.
/// The company goes to <c>parentcustomerid</c>: <c>companyNumber</c> is the company contact's
/// number, which the lookup translator resolves to the customer related to that company
/// (<c>contactsInformation</c>, relatedType Customer) and then through the CUSTOMER couplings.
/// </remarks>
public static class ContactMapping
{
    /// <summary>The mapping's name.</summary>
    public const string Name = "CONTACT";

    /// <summary>Business Central contacts.</summary>
    public static EntitySet BusinessCentralContacts { get; } = new("contacts", "id", "lastModifiedDateTime");

    /// <summary>
    /// The key a contact's company lookup holds: the company contact's number, which
    /// <c>Lookups.LookupResolver</c> turns into the related customer (<c>contactsInformation</c>) and then
    /// into that customer's coupled account.
    /// </summary>
    public const string CompanyContactKey = "companyContactNumber";

    /// <summary>Dataverse contacts.</summary>
    public static EntitySet SalesContacts { get; } = new("contacts", "contactid", "modifiedon");

    /// <summary>The mapping as shipped.</summary>
    public static TableMapping Default { get; } = new(
        Name: Name,
        BusinessCentral: BusinessCentralContacts,
        Sales: SalesContacts,
        Fields:
        [
            new("Name", "displayName", "lastname", FieldDirection.ToSales),
            new("Job title", "jobTitle", "jobtitle", FieldDirection.Bidirectional),
            new("E-mail", "email", "emailaddress1", FieldDirection.Bidirectional),
            new("Phone", "phoneNumber", "telephone1", FieldDirection.Bidirectional),
            new("Mobile phone", "mobilePhoneNumber", "mobilephone", FieldDirection.Bidirectional),
            .. AddressFields.Bidirectional,
            new("Company", "companyNumber", "parentcustomerid", FieldDirection.ToSales)
            {
                Lookup = new(CustomerMapping.Name, CompanyContactKey, new("parentcustomerid", "accounts", "parentcustomerid_account"), "company", "Sales account"),
            },
        ],
        BusinessCentralNumberField: "number",
        SalesNameField: "fullname",
        BusinessCentralFilter: new RecordFilter("type", ["Person"], "a person"),
        SalesFilter: new RecordFilter("statecode", ["0"], "active"))
    {
        MoreBusinessCentralFilters = [new RecordFilter("companyNumber", [""], "with a company") { Excludes = true }],
    };
}
