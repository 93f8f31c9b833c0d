using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Dataverse;

/// <summary>Malformed requests to every Dataverse set get Dataverse's 4xx error body, never a 500.</summary>
public sealed class DvRobustnessTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly string[] Sets = ["accounts", "contacts", "systemusers", "transactioncurrencies"];

    private static readonly string[] BadQueries =
    [
        "?$filter=nosuch eq 1", "?$filter=(((", "?$filter=statecode eq", "?$select=nosuch", "?$orderby=createdon sideways",
        "?$top=-1", "?$top=99999999999999999999", "?$skip=1", "?$count=maybe", "?$expand=nosuch", "?$apply=groupby((x))",
        "?$skiptoken=garbage", "?$filter=modifiedon gt 'yesterday'", "?$filter=statecode eq 'x'", "?$select=fullname,,",
        "?$filter=contains(nosuch,'a')", "?$top=1&$top=2",
    ];

    private SandboxHost Host => fixture.Host;

    public static TheoryData<string, string> SetsAndQueries() =>
        new(Sets.SelectMany(s => BadQueries.Select(q => (s, q))));

    [Theory]
    [MemberData(nameof(SetsAndQueries))]
    public async Task Get_MalformedQuery_400WithHexCode(string set, string query)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Dv + set + query);

        Assert.Equal("0x80060888", (await ErrorAsync(response, 400)).Code);
    }

    [Theory]
    [InlineData("contacts(abc)", 400)]
    [InlineData("contacts('6f1c5a1e-9f0e-4c55-9a11-4c9d6fd2a001')", 400)]
    [InlineData("contacts(6f1c5a1e-9f0e-4c55-9a11-4c9d6fd2a001)", 404)]
    [InlineData("systemusers(6f1c5a1e-9f0e-4c55-9a11-4c9d6fd2a001)", 404)]
    [InlineData("contact", 404)]
    [InlineData("teams", 404)]
    [InlineData("contacts(6f1c5a1e-9f0e-4c55-9a11-4c9d6fd2a001)/a/b/c", 404)]
    public async Task Get_BadKeyOrSegment_4xx(string path, int status)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Dv + path);

        Assert.StartsWith("0x", (await ErrorAsync(response, status)).Code, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("contacts", "{\"lastname\":\"x\",\"nosuch\":1}")]
    [InlineData("contacts", "{\"lastname\":[1]}")]
    [InlineData("contacts", "{\"statecode\":\"active\"}")]
    [InlineData("contacts", "{\"statecode\":1.5}")]
    [InlineData("contacts", "{\"contactid\":\"nope\"}")]
    [InlineData("contacts", "{\"parentcustomerid_account@odata.bind\":42}")]
    [InlineData("contacts", "{\"parentcustomerid_account\":{\"name\":\"deep\"}}")]
    [InlineData("systemusers", "{\"isdisabled\":\"no\"}")]
    [InlineData("transactioncurrencies", "{\"exchangerate\":\"1.2\"}")]
    [InlineData("transactioncurrencies", "{\"exchangerate\":1e999}")]
    [InlineData("accounts", "{\"name\":")]
    [InlineData("accounts", "[]")]
    [InlineData("accounts", "")]
    public async Task Post_WrongJson_400Payload(string set, string body)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Dv + set, body);

        Assert.Equal("0x80048d19", (await ErrorAsync(response, 400)).Code);
    }

    [Theory]
    [InlineData("accounts")]
    [InlineData("contacts")]
    [InlineData("systemusers")]
    [InlineData("transactioncurrencies")]
    public async Task Post_BodyOverOneMegabyte_413WithDataverseBody(string set)
    {
        var body = "{\"fax\":\"" + new string('x', (1024 * 1024) + 10) + "\"}";

        using var response = await Host.SendAsync(HttpMethod.Post, Dv + set, body);

        Assert.Equal("0x80048d19", (await ErrorAsync(response, 413)).Code);
    }
}
