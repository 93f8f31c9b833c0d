using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.BusinessCentral;

/// <summary>Malformed requests to every company-scoped set get BC's 4xx error body, never a 500.</summary>
public sealed class BcRobustnessTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly string[] Sets = ["contacts", "contactsInformation", "salespeoplePurchasers", "currencies", "paymentTerms"];

    private static readonly string[] BadQueries =
    [
        "?$filter=nosuch eq 1", "?$filter=(((", "?$filter=displayName eq", "?$select=nosuch", "?$orderby=id sideways",
        "?$top=-1", "?$top=99999999999999999999", "?$skip=abc", "?$count=maybe", "?$expand=nosuch", "?$search=x",
        "?$skiptoken=garbage", "?$filter=lastModifiedDateTime gt 'yesterday'", "?$filter=id eq 'not-a-guid'", "?$top=1&$top=2",
    ];

    private SandboxHost Host => fixture.Host;

    private static string Url(string set) => $"{Bc}companies({SandboxSeed.CronusUkCompanyId})/{set}";

    public static TheoryData<string, string> SetsAndQueries() =>
        new(Sets.SelectMany(s => BadQueries.Select(q => (s, q))));

    [Theory]
    [MemberData(nameof(SetsAndQueries))]
    public async Task Get_MalformedQuery_400WithBcBody(string set, string query)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Url(set) + query);
        var (code, message) = await ErrorAsync(response, 400);

        Assert.StartsWith("BadRequest", code, StringComparison.Ordinal);
        Assert.Contains("CorrelationId:", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contacts(not-a-guid)", 400)]
    [InlineData("contacts('5e7a74e7-6a21-5603-bf8e-d37c18c4ae19')", 400)]
    [InlineData("contacts(5e7a74e7-6a21-5603-bf8e-d37c18c4ae19)", 404)]
    [InlineData("currencies(00000000-0000-0000-0000-000000000000)", 404)]
    [InlineData("contactsInformation(zzz)", 400)]
    [InlineData("contacts(5e7a74e7-6a21-5603-bf8e-d37c18c4ae19)/picture", 404)]
    [InlineData("paymentTerm", 404)]
    public async Task Get_BadKeyOrSegment_4xx(string path, int status)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Url(path));
        var (_, message) = await ErrorAsync(response, status);

        Assert.Contains("CorrelationId:", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contacts", "{\"displayName\":\"x\",\"nosuch\":1}")]
    [InlineData("contacts", "{\"displayName\":[1,2]}")]
    [InlineData("contacts", "{\"displayName\":{\"a\":1}}")]
    [InlineData("contacts", "{\"displayName\":\"x\",\"id\":\"nope\"}")]
    [InlineData("salespeoplePurchasers", "{\"code\":\"Q1\",\"blocked\":1}")]
    [InlineData("currencies", "{\"code\":true}")]
    [InlineData("paymentTerms", "{\"code\":\"Q1\",\"discountPercent\":1e999}")]
    [InlineData("paymentTerms", "{\"code\":\"Q1\"")]
    [InlineData("currencies", "\"just a string\"")]
    [InlineData("currencies", "")]
    public async Task Post_WrongJson_400(string set, string body)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Url(set), body);

        Assert.StartsWith("BadRequest", (await ErrorAsync(response, 400)).Code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contacts")]
    [InlineData("salespeoplePurchasers")]
    [InlineData("currencies")]
    [InlineData("paymentTerms")]
    public async Task Post_BodyOverOneMegabyte_413WithBcBody(string set)
    {
        var body = "{\"displayName\":\"" + new string('x', (1024 * 1024) + 10) + "\"}";

        using var response = await Host.SendAsync(HttpMethod.Post, Url(set), body);
        var (code, message) = await ErrorAsync(response, 413);

        Assert.Equal("BadRequest", code);
        Assert.Contains("CorrelationId:", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_UnknownCompany_CompanyNotFound()
    {
        using var response = await Host.SendAsync(HttpMethod.Patch, $"{Bc}companies({Guid.NewGuid()})/contacts({Guid.NewGuid()})", new { jobTitle = "x" }, ("If-Match", "*"));

        Assert.Equal("Internal_CompanyNotFound", (await ErrorAsync(response, 404)).Code);
    }
}
