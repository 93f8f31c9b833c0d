using System.Net;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.BusinessCentral;

public sealed class BcSetupTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    private static string Set(string name, Guid? company = null) => $"{Bc}companies({company ?? SandboxSeed.CronusUkCompanyId})/{name}";

    [Theory]
    [InlineData("salespeoplePurchasers", 8)]
    [InlineData("currencies", 3)]
    [InlineData("paymentTerms", 5)]
    public async Task GetSet_BothCompanies_SeededCountOrderedByCode(string set, int count)
    {
        var uk = await Host.GetJsonAsync(Set(set) + "?$count=true");
        var usa = await Host.GetJsonAsync(Set(set, SandboxSeed.CronusUsaCompanyId));
        var codes = uk["value"]!.AsArray().Select(r => (string)r!["code"]!).ToList();

        Assert.Equal(count, (int)uk["@odata.count"]!);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(count, usa["value"]!.AsArray().Count);
    }

    [Fact]
    public async Task GetSalesperson_JimOlive_Fields()
    {
        var body = await Host.GetJsonAsync($"{Set("salespeoplePurchasers")}({SandboxSeed.JimOliveSalespersonId})");

        Assert.Equal("JO", (string)body["code"]!);
        Assert.Equal("Jim Olive", (string)body["displayName"]!);
        Assert.Equal("jim.olive@cronus.example", (string)body["email"]!);
        Assert.False((bool)body["blocked"]!);
        Assert.Equal(["@odata.context", "@odata.etag", "id", "code", "displayName", "email", "phoneNo", "jobTitle", "blocked", "lastModifiedDateTime"],
            body.Select(p => p.Key));
    }

    [Fact]
    public async Task Customers_CurrencyAndPaymentTermsIds_PointToSeededRows()
    {
        var wideWorld = await Host.GetJsonAsync($"{UkCustomers}?$filter=number eq '80000'&$select=currencyId,paymentTermsId");
        var row = wideWorld["value"]!.AsArray().Single()!;
        var currency = await Host.GetJsonAsync($"{Set("currencies")}({(string)row["currencyId"]!})");
        var terms = await Host.GetJsonAsync($"{Set("paymentTerms")}({(string)row["paymentTermsId"]!})");

        Assert.Equal("EUR", (string)currency["code"]!);
        Assert.Equal(SandboxSeed.BcEurCurrencyId.ToString(), (string)currency["id"]!);
        Assert.Equal("30 DAYS", (string)terms["code"]!);
        Assert.Equal("30D", (string)terms["dueDateCalculation"]!);
    }

    [Fact]
    public async Task PaymentTerms_PostPatchDelete_201_200_204()
    {
        using var post = await Host.SendAsync(HttpMethod.Post, Set("paymentTerms"), new { code = "21 DAYS", displayName = "Net 21 days", dueDateCalculation = "21D", discountPercent = 1.5 });
        var created = await ReadAsync(post, 201);
        var url = $"{Set("paymentTerms")}({(string)created["id"]!})";
        using var patch = await Host.SendAsync(HttpMethod.Patch, url, new { calculateDiscountOnCreditMemos = true }, ("If-Match", (string)created["@odata.etag"]!));
        var patched = await ReadAsync(patch, 200);
        using var delete = await Host.SendAsync(HttpMethod.Delete, url, null, ("If-Match", (string)patched["@odata.etag"]!));

        Assert.Equal(1.5m, (decimal)created["discountPercent"]!);
        Assert.True((bool)patched["calculateDiscountOnCreditMemos"]!);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
    }

    [Theory]
    [InlineData("currencies", "{\"displayName\":\"No code\"}", "BadRequest_RequiredParamNotProvided")]
    [InlineData("currencies", "{\"code\":\"EUR\"}", "Internal_EntityWithSameKeyExists")]
    [InlineData("currencies", "{\"code\":\"eur\"}", "Internal_EntityWithSameKeyExists")]
    [InlineData("currencies", "{\"code\":\"TOOLONGCODE1\"}", "Application_StringExceededLength")]
    [InlineData("salespeoplePurchasers", "{\"code\":\"ZZ\",\"blocked\":\"no\"}", "BadRequest")]
    [InlineData("salespeoplePurchasers", "{\"code\":\"ZZ\",\"lastModifiedDateTime\":\"2026-01-01T00:00:00Z\"}", "BadRequest")]
    [InlineData("paymentTerms", "{\"code\":\"ZZ\",\"discountPercent\":\"2\"}", "BadRequest")]
    public async Task PostSetup_BadBody_400(string set, string body, string expectedCode)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Set(set), body);

        Assert.Equal(expectedCode, (await ErrorAsync(response, 400)).Code);
    }

    [Fact]
    public async Task PatchCurrency_CodeEmptied_400()
    {
        var eur = await Host.GetJsonAsync($"{Set("currencies")}({SandboxSeed.BcEurCurrencyId})");

        using var response = await Host.SendAsync(HttpMethod.Patch, $"{Set("currencies")}({SandboxSeed.BcEurCurrencyId})", new { code = "" }, ("If-Match", (string)eur["@odata.etag"]!));

        Assert.Equal("BadRequest_RequiredParamNotProvided", (await ErrorAsync(response, 400)).Code);
    }
}
