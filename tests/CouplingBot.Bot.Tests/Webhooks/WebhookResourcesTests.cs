using CouplingBot.Bot.Webhooks;
using CouplingBot.Engine.Mappings;

namespace CouplingBot.Bot.Tests.Webhooks;

public class WebhookResourcesTests
{
    [Fact]
    public void Notifies_CustomersAndCurrenciesOnly()
    {
        Assert.True(WebhookResources.Notifies(CustomerMapping.Customers));
        Assert.True(WebhookResources.Notifies(CurrencyMapping.Currencies));
        Assert.False(WebhookResources.Notifies(ContactMapping.BusinessCentralContacts));
        Assert.False(WebhookResources.Notifies(SalespeopleMapping.Salespeople));
    }

    [Theory]
    [InlineData("/api/v2.0/companies(c1)/customers", "customers")]
    [InlineData("api/v2.0/companies(c1)/customers(0a1b)", "customers")]
    [InlineData("/api/v2.0/companies(c1)/customers?$filter=lastModifiedDateTime%20gt%202026-03-01T09:00:00Z", "customers")]
    [InlineData("https://api.businesscentral.dynamics.com/v2.0/t/production/api/v2.0/companies(c1)/currencies(9)", "currencies")]
    [InlineData("/api/v2.0/companies(c1)", null)]
    [InlineData("/api/v2.0/customers", null)]
    [InlineData(null, null)]
    public void SetOf_ReadsTheEntitySetAfterTheCompany(string? resource, string? expected) =>
        Assert.Equal(expected, WebhookResources.SetOf(resource));

    [Theory]
    [InlineData("/api/v2.0/companies(c1)/customers(0a1b)", CustomerMapping.Name)]
    [InlineData("api/v2.0/companies(c1)/currencies(7)", CurrencyMapping.Name)]
    [InlineData("/api/v2.0/companies(c1)/contacts(1)", null)]
    [InlineData("/api/v2.0/companies(c1)/paymentTerms(1)", null)]
    [InlineData("nonsense", null)]
    public void MappingOf_NotifyingSetsWakeTheirMapping(string resource, string? expected) =>
        Assert.Equal(expected, BusinessCentralWebhookEndpoint.MappingOf(resource, MappingCatalog.Default));

    [Theory]
    [InlineData("/api/v2.0/companies(c1)/customers", "/api/v2.0/companies(c1)/customers")]
    [InlineData("api/v2.0/companies(c1)/customers/", "/api/v2.0/companies(c1)/customers")]
    [InlineData(" /api/v2.0/companies(c1)/customers ", "/api/v2.0/companies(c1)/customers")]
    public void Normalize_OneLeadingSlashNoTrailingOne(string resource, string expected) =>
        Assert.Equal(expected, WebhookResources.Normalize(resource));
}
