using CouplingBot.Engine.Mappings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Tests.Mappings;

public class MappingConfigurationTests
{
    private static MappingOptions Bind(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"Mappings:{s.Key}", s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOptions<MappingOptions>().BindConfiguration(MappingOptions.SectionName);
        services.AddSingleton<IValidateOptions<MappingOptions>, MappingOptionsValidator>();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<MappingOptions>>().Value;
    }

    // Options as bound from configuration, before any validation.
    private static MappingOptions Raw(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"Mappings:{s.Key}", s.Value)))
            .Build().GetSection(MappingOptions.SectionName).Get<MappingOptions>() ?? new MappingOptions();

    private static string Failure(params (string Key, string Value)[] settings) =>
        Assert.Throws<OptionsValidationException>(() => Bind(settings)).Message;

    [Fact]
    public void FromOptions_Overrides_Applied()
    {
        var catalog = MappingCatalog.FromOptions(Raw(
            ("CUSTOMER:ConflictRule", "SalesWins"),
            ("CUSTOMER:DeletedCounterpartRule", "Uncouple"),
            ("CUSTOMER:SynchronizeOnlyCoupled", "false"),
            ("CUSTOMER:Fields:Credit limit:Direction", "Bidirectional"),
            ("customer:Fields:websiteurl:Enabled", "false"),
            ("CUSTOMER:Fields:salespersonCode:ClearWhenNotCoupled", "true"),
            ("CUSTOMER:Fields:Currency:EmptyMeans", " GBP "),
            ("CUSTOMER:BusinessCentralFilters:0:Field", "type"),
            ("CUSTOMER:BusinessCentralFilters:0:Values:0", "Company")), MappingCatalog.Default);

        var customer = catalog["CUSTOMER"];
        Assert.Equal((ConflictRule.SalesWins, DeletedCounterpartRule.Uncouple, false), (customer.ConflictRule, customer.DeletedCounterpartRule, customer.SynchronizeOnlyCoupled));
        Assert.Equal(FieldDirection.Bidirectional, customer.Fields.Single(f => f.Label == "Credit limit").Direction);
        Assert.False(customer.Fields.Single(f => f.Label == "Website").Enabled);
        Assert.DoesNotContain("websiteurl", customer.SalesFields);
        Assert.True(customer.Fields.Single(f => f.Label == "Salesperson").ClearWhenNotCoupled);
        Assert.Equal("GBP", customer.Fields.Single(f => f.Label == "Currency").EmptyMeans);
        Assert.False(customer.AllowsBusinessCentral(Records.Make("c", null, ("blocked", " "), ("type", "Person"))));
        Assert.True(customer.AllowsBusinessCentral(Records.Make("c", null, ("blocked", " "), ("type", "Company"))));
        Assert.Same(ContactMapping.Default, catalog["CONTACT"]);
    }

    [Fact]
    public void FromOptions_NoSection_TheDefaults() =>
        Assert.Equal(MappingCatalog.Default.InDependencyOrder, MappingCatalog.FromOptions(Bind()).InDependencyOrder);

    [Fact]
    public void Validate_UnknownMapping_NamesIt() =>
        Assert.Contains("Mappings:VENDOR: there is no mapping VENDOR.", Failure(("VENDOR:ConflictRule", "SalesWins")), StringComparison.Ordinal);

    [Fact]
    public void Validate_UnknownField_NamesMappingAndField() =>
        Assert.Contains("Mapping CUSTOMER, field 'Shoe size': no such field.", Failure(("CUSTOMER:Fields:Shoe size:Enabled", "false")), StringComparison.Ordinal);

    [Fact]
    public void Validate_FieldTheApiDoesNotServe_NamesMappingAndField()
    {
        // The anchor's Fax field exists in the mapping, but the API v2.0 customer has no fax field.
        var (mappings, errors) = MappingOverrides.Apply(MappingCatalog.Default.InDependencyOrder, Raw(("CUSTOMER:Fields:Fax:Enabled", "true")));

        Assert.Contains(
            "Mapping CUSTOMER, field 'Fax': Business Central customers have no field 'faxNo'.",
            errors.Concat(MappingValidator.Validate(mappings)));
    }

    [Fact]
    public void Validate_DirectionAgainstOneWayMapping_NamesMappingAndField() =>
        Assert.Contains("Mapping CURRENCY, field 'Symbol': direction Bidirectional contradicts the mapping, which flows ToSales only.",
            Failure(("CURRENCY:Fields:Symbol:Direction", "Bidirectional")), StringComparison.Ordinal);

    [Fact]
    public void Validate_UnknownFilterField_NamesMappingAndFilter() =>
        Assert.Contains("Mapping CONTACT, filter 'colour': Sales contacts have no column 'colour'.",
            Failure(("CONTACT:SalesFilters:0:Field", "colour"), ("CONTACT:SalesFilters:0:Values:0", "red")), StringComparison.Ordinal);

    [Fact]
    public void Validate_UnknownSalesColumn_NamesMappingAndField()
    {
        var broken = CustomerMapping.Anchor with { Fields = [new("Shoe", "displayName", "shoesize", FieldDirection.Bidirectional)] };
        Assert.Equal(["Mapping CUSTOMER, field 'Shoe': Sales accounts have no column 'shoesize'."], MappingValidator.Validate([broken]));
    }

    [Fact]
    public void Validate_LookupToUnknownMapping_NamesMappingAndField()
    {
        var errors = MappingValidator.Validate([CustomerMapping.Anchor, SalespeopleMapping.Default]);
        Assert.Equal(["Mapping CUSTOMER, field 'Currency': looks up through mapping CURRENCY, which does not exist."], errors);
    }

    [Fact]
    public void Validate_DependencyCycle_NamesTheCycle()
    {
        var lookup = new FieldLookup("CONTACT", "number", new("primarycontactid", "contacts"), "contact", "Sales contact");
        var customer = CustomerMapping.Anchor with
        {
            Fields = CustomerMapping.Anchor.Fields.Add(new("Primary contact", "number", "primarycontactid", FieldDirection.ToSales) { Lookup = lookup }),
        };
        var errors = MappingValidator.Validate([customer, ContactMapping.Default, SalespeopleMapping.Default, CurrencyMapping.Default]);
        Assert.Equal(["Mappings CUSTOMER -> CONTACT -> CUSTOMER depend on each other in a cycle: a lookup must not lead back to its own mapping."], errors);
    }

    [Fact]
    public void Create_Invalid_Throws() =>
        Assert.Throws<InvalidOperationException>(() => MappingCatalog.Create([CustomerMapping.Anchor]));

    [Fact]
    public void FromOptions_EmptyMeansOnAPlainField_StopsStartUpNamingTheField()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            MappingCatalog.FromOptions(Raw(("CUSTOMER:Fields:Phone:EmptyMeans", "none")), MappingCatalog.Default));

        Assert.Contains("Phone", error.Message, StringComparison.Ordinal);
        Assert.Contains("EmptyMeans applies to lookup fields only", error.Message, StringComparison.Ordinal);
    }
}
