using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.BusinessCentral;

public sealed class BcQueryTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    private static List<string> Numbers(JsonObject body) =>
        body["value"]!.AsArray().Select(c => (string)c!["number"]!).ToList();

    [Fact]
    public async Task GetCompanies_AnyTenant_ListsCronusUkFirst()
    {
        var body = await Host.GetJsonAsync("bc/v2.0/other-tenant/sandbox/api/v2.0/companies");

        var companies = body["value"]!.AsArray();
        Assert.Equal(2, companies.Count);
        Assert.Equal("CRONUS UK Ltd.", (string)companies[0]!["name"]!);
        Assert.Equal(SandboxSeed.CronusUkCompanyId.ToString(), (string)companies[0]!["id"]!);
        Assert.EndsWith("/bc/v2.0/other-tenant/sandbox/api/v2.0/$metadata#companies", (string)body["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCustomer_Seeded_HasAllFieldsEmptyStringsAndETag()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{UkCustomers}({SandboxSeed.CannonGroupCustomerId})");
        var body = await ReadAsync(response, 200);

        string[] fields = ["@odata.context", "@odata.etag", "id", "number", "displayName", "type", "addressLine1", "addressLine2", "city", "state",
            "country", "postalCode", "phoneNumber", "email", "website", "salespersonCode", "balanceDue", "creditLimit", "taxLiable",
            "taxRegistrationNumber", "currencyId", "currencyCode", "paymentTermsId", "shipmentMethodId", "blocked", "lastModifiedDateTime"];
        Assert.Equal(fields, body.Select(p => p.Key));
        Assert.Equal("The Cannon Group PLC", (string)body["displayName"]!);
        Assert.Equal("192 Market Square", (string)body["addressLine1"]!);
        Assert.Equal("+44 121 555 0100", (string)body["phoneNumber"]!);
        Assert.Equal("", (string)body["addressLine2"]!);
        Assert.Equal("", (string)body["currencyCode"]!);
        Assert.Equal(" ", (string)body["blocked"]!);
        Assert.Matches("^W/\"[A-Za-z0-9+/=]+\"$", (string)body["@odata.etag"]!);
        Assert.Equal((string)body["@odata.etag"]!, response.Headers.ETag!.ToString());
        Assert.EndsWith("/customers/$entity", (string)body["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCustomers_OtherCompany_HasOnlyItsOwnCustomers()
    {
        var body = await Host.GetJsonAsync($"{Bc}companies({SandboxSeed.CronusUsaCompanyId})/customers");

        Assert.Equal(SandboxSeed.CronusUsaCustomerCount, body["value"]!.AsArray().Count);
        Assert.Contains(body["value"]!.AsArray(), c => (string)c!["displayName"]! == "Adatum Corporation");
    }

    [Fact]
    public async Task GetCustomers_FilterSelectOrderTopSkip_Applied()
    {
        var body = await Host.GetJsonAsync(
            $"{UkCustomers}?$filter=salespersonCode eq 'JO' and city ne 'Coventry'&$select=number,city&$orderby=city desc&$top=2&$skip=1");

        var rows = body["value"]!.AsArray();
        Assert.Equal(["50000", "40000"], Numbers(body));
        Assert.All(rows, r => Assert.Equal(["@odata.etag", "number", "city"], r!.AsObject().Select(p => p.Key)));
        Assert.EndsWith("/customers(number,city)", (string)body["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCustomers_OrOnSameField_Allowed()
    {
        var body = await Host.GetJsonAsync($"{UkCustomers}?$filter=number eq '10000' or number eq '20000'");

        Assert.Equal(["10000", "20000"], Numbers(body));
    }

    [Fact]
    public async Task GetCustomers_OrAcrossFields_BadRequest()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{UkCustomers}?$filter=number eq '10000' or city eq 'Coventry'");
        var (code, message) = await ErrorAsync(response, 400);

        Assert.Equal("BadRequest", code);
        Assert.Contains("'OR' operator is not supported on distinct fields", message, StringComparison.Ordinal);
        Assert.Matches(@"CorrelationId: [0-9a-f-]{36}\.$", message);
    }

    [Fact]
    public async Task GetCustomers_FilterLastModifiedGt_ComparesDates()
    {
        var after = await Host.GetJsonAsync($"{UkCustomers}?$filter=lastModifiedDateTime gt 2026-01-05T09:00:00Z");
        var before = await Host.GetJsonAsync($"{UkCustomers}?$filter=lastModifiedDateTime gt 2026-01-01T00:00:00Z");

        Assert.Empty(after["value"]!.AsArray());
        Assert.Equal(SandboxSeed.CronusUkCustomerCount, before["value"]!.AsArray().Count);
    }

    [Fact]
    public async Task GetCustomers_StartswithAndBlocked_Filters()
    {
        var body = await Host.GetJsonAsync($"{UkCustomers}?$filter=startswith(displayName,'The') or startswith(displayName,'Sel')");
        var blocked = await Host.GetJsonAsync($"{UkCustomers}?$filter=blocked eq 'All'");

        Assert.Equal(["10000", "20000"], Numbers(body));
        Assert.Equal(SandboxSeed.BlockedCustomerId.ToString(), (string)blocked["value"]![0]!["id"]!);
    }

    [Fact]
    public async Task GetCustomers_MaxPageSize_FollowsAbsoluteNextLinksToTheEnd()
    {
        var seen = new List<string>();
        string? url = $"{UkCustomers}?$select=number&$filter=balanceDue ge 0";
        var pages = 0;
        while (url is not null)
        {
            using var response = await Host.SendAsync(HttpMethod.Get, url, null, ("Prefer", "odata.maxpagesize=4"));
            var body = await ReadAsync(response, 200);
            Assert.Equal("odata.maxpagesize=4", response.Headers.GetValues("Preference-Applied").Single());
            seen.AddRange(Numbers(body));
            url = (string?)body["@odata.nextLink"];
            Assert.True(url is null || Uri.IsWellFormedUriString(url, UriKind.Absolute), url);
            Assert.True(url is null || url.Contains("$filter=", StringComparison.Ordinal), url);
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(SandboxSeed.CronusUkCustomerCount, seen.Distinct().Count());
        Assert.Equal(SandboxSeed.CronusUkCustomerCount, seen.Count);
    }

    [Theory]
    [InlineData("?$filter=nosuchfield eq 1")]
    [InlineData("?$select=nosuchfield")]
    [InlineData("?$filter=number eq")]
    [InlineData("?$filter=(((")]
    [InlineData("?$top=-1")]
    [InlineData("?$top=abc")]
    [InlineData("?$orderby=number sideways")]
    [InlineData("?$skiptoken=garbage")]
    [InlineData("?$filter=number eq 10000")]
    public async Task GetCustomers_BadQuery_BadRequestWithCorrelationId(string query)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, UkCustomers + query);
        var (code, message) = await ErrorAsync(response, 400);

        Assert.StartsWith("BadRequest", code, StringComparison.Ordinal);
        Assert.Contains("CorrelationId:", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCustomer_UnknownId_RecordNotFound()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{UkCustomers}({Guid.NewGuid()})");

        Assert.Equal("Internal_RecordNotFound", (await ErrorAsync(response, 404)).Code);
    }

    [Fact]
    public async Task GetCustomer_MalformedKey_BadRequest()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{UkCustomers}(not-a-guid)");

        Assert.Equal("BadRequest", (await ErrorAsync(response, 400)).Code);
    }

    [Fact]
    public async Task GetCustomers_UnknownCompany_CompanyNotFound()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Bc}companies({Guid.NewGuid()})/customers");

        Assert.Equal("Internal_CompanyNotFound", (await ErrorAsync(response, 404)).Code);
    }

    [Fact]
    public async Task Get_UnknownSegment_NotFound()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Bc}companies({SandboxSeed.CronusUkCompanyId})/vendors");

        Assert.Equal("BadRequest_NotFound", (await ErrorAsync(response, 404)).Code);
    }
}
