using CouplingBot.Engine.Mappings;

namespace CouplingBot.Engine.Tests.Mappings;

public class DefaultMappingsTests
{
    public static TheoryData<string, string, string, string, FieldDirection, bool> AnchorFields => new()
    {
        { "CUSTOMER", "Name", "displayName", "name", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "Address", "addressLine1", "address1_line1", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "Address 2", "addressLine2", "address1_line2", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "City", "city", "address1_city", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "Post code", "postalCode", "address1_postalcode", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "County", "state", "address1_stateorprovince", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "Country", "country", "address1_country", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "Phone", "phoneNumber", "telephone1", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "E-mail", "email", "emailaddress1", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "Website", "website", "websiteurl", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "Customer number", "number", "accountnumber", FieldDirection.ToSales, true },
        { "CUSTOMER", "Contact", "contact", "address1_primarycontactname", FieldDirection.Bidirectional, false },
        { "CUSTOMER", "Fax", "faxNo", "fax", FieldDirection.Bidirectional, false },
        { "CUSTOMER", "Currency", "currencyCode", "transactioncurrencyid", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "Payment terms", "paymentTermsId", "paymenttermscode", FieldDirection.Bidirectional, true },
        { "CUSTOMER", "Credit limit", "creditLimit", "creditlimit", FieldDirection.ToSales, true },
        { "CUSTOMER", "Salesperson", "salespersonCode", "ownerid", FieldDirection.ToSales, true },
        { "CONTACT", "Name", "displayName", "lastname", FieldDirection.ToSales, true },
        { "CONTACT", "Job title", "jobTitle", "jobtitle", FieldDirection.Bidirectional, true },
        { "CONTACT", "E-mail", "email", "emailaddress1", FieldDirection.Bidirectional, true },
        { "CONTACT", "Phone", "phoneNumber", "telephone1", FieldDirection.Bidirectional, true },
        { "CONTACT", "Mobile phone", "mobilePhoneNumber", "mobilephone", FieldDirection.Bidirectional, true },
        { "CONTACT", "City", "city", "address1_city", FieldDirection.Bidirectional, true },
        { "CONTACT", "Company", "companyNumber", "parentcustomerid", FieldDirection.ToSales, true },
        { "SALESPEOPLE", "Name", "displayName", "fullname", FieldDirection.FromSales, true },
        { "SALESPEOPLE", "E-mail", "email", "internalemailaddress", FieldDirection.FromSales, true },
        { "CURRENCY", "Code", "code", "isocurrencycode", FieldDirection.ToSales, true },
        { "CURRENCY", "Symbol", "symbol", "currencysymbol", FieldDirection.ToSales, true },
        { "CURRENCY", "Name", "displayName", "currencyname", FieldDirection.ToSales, true },
    };

    [Theory]
    [MemberData(nameof(AnchorFields))]
    public void Default_Field_MatchesAnchor(string mapping, string label, string bc, string sales, FieldDirection direction, bool enabled)
    {
        var field = Assert.Single(MappingCatalog.Default[mapping].Fields, f => f.Label == label);
        Assert.Equal((bc, sales, direction, enabled), (field.BusinessCentralField, field.SalesField, field.Direction, field.Enabled));
    }

    [Theory]
    [InlineData("CUSTOMER", 17)]
    [InlineData("CONTACT", 12)]
    [InlineData("SALESPEOPLE", 2)]
    [InlineData("CURRENCY", 3)]
    public void Default_FieldCount_HasNoUnlistedFields(string mapping, int count) =>
        Assert.Equal(count, MappingCatalog.Default[mapping].Fields.Length);

    [Fact]
    public void Default_Lookups_TranslateThroughTheirMappings()
    {
        var customer = CustomerMapping.Anchor;
        Assert.Equal("SALESPEOPLE", customer.Fields.Single(f => f.Label == "Salesperson").Lookup!.Mapping);
        Assert.Equal("_ownerid_value", customer.Fields.Single(f => f.Label == "Salesperson").SalesReadField);
        Assert.Equal("ownerid@odata.bind", customer.Fields.Single(f => f.Label == "Salesperson").SalesWriteField);
        Assert.Equal("CURRENCY", customer.Fields.Single(f => f.Label == "Currency").Lookup!.Mapping);
        var company = ContactMapping.Default.Fields.Single(f => f.Label == "Company");
        Assert.Equal(("CUSTOMER", "parentcustomerid_account@odata.bind", "_parentcustomerid_value"), (company.Lookup!.Mapping, company.SalesWriteField, company.SalesReadField));
        Assert.Equal("/accounts(42)", company.Lookup.Sales.BindValue("42"));
    }

    [Fact]
    public void Default_OneWayMappings_FlowOneWay()
    {
        Assert.Equal(FieldDirection.FromSales, SalespeopleMapping.Default.Direction);
        Assert.Equal(FieldDirection.ToSales, CurrencyMapping.Default.Direction);
        Assert.Equal(["CURRENCY", "SALESPEOPLE"], CustomerMapping.Anchor.Dependencies.Order());
        Assert.Equal(["CUSTOMER"], ContactMapping.Default.Dependencies);
    }

    [Fact]
    public void Default_Rules_AreTheAnchors()
    {
        Assert.All(MappingCatalog.Default.InDependencyOrder, m =>
            Assert.Equal((ConflictRule.FailAndAsk, DeletedCounterpartRule.Fail, true), (m.ConflictRule, m.DeletedCounterpartRule, m.SynchronizeOnlyCoupled)));
    }

    [Fact]
    public void ContactFilters_PersonWithCompanyOnly()
    {
        var mapping = ContactMapping.Default;
        Assert.True(mapping.AllowsBusinessCentral(Records.Make("p", null, ("type", "Person"), ("companyNumber", "CT000001"))));
        Assert.False(mapping.AllowsBusinessCentral(Records.Make("p", null, ("type", "Person"), ("companyNumber", ""))));
        Assert.False(mapping.AllowsBusinessCentral(Records.Make("c", null, ("type", "Company"), ("companyNumber", "CT000001"))));
        Assert.Contains("companyNumber", mapping.BusinessCentralFields);
    }

    [Fact]
    public void Catalog_InDependencyOrder_DependenciesFirst() =>
        Assert.Equal(["CURRENCY", "SALESPEOPLE", "CUSTOMER", "CONTACT"], MappingCatalog.Default.Names);

    [Fact]
    public void Catalog_Default_ServesTheAnchorsCustomerWithItsLookupsAndOptions()
    {
        var customer = MappingCatalog.Default["CUSTOMER"];
        Assert.Same(CustomerMapping.Anchor, customer);
        Assert.Equal(["CURRENCY", "SALESPEOPLE"], customer.Dependencies.Order(StringComparer.Ordinal));
        Assert.Contains(customer.EnabledFields, f => f.ValueMap is not null && f.BusinessCentralCodes is not null);
    }

    [Fact]
    public void Catalog_Names_CaseInsensitive() =>
        Assert.Same(CustomerMapping.Anchor, MappingCatalog.Default["customer"]);

    [Fact]
    public void Catalog_Defaults_AreValid() =>
        Assert.Empty(MappingValidator.Validate(MappingCatalog.Default.InDependencyOrder));
}
