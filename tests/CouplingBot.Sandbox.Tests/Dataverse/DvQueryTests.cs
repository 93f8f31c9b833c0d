using System.Net;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Dataverse;

public sealed class DvQueryTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    private static List<string> Names(JsonObject body) =>
        body["value"]!.AsArray().Select(a => (string)a!["name"]!).ToList();

    [Fact]
    public async Task GetAccount_CannonGroup_SeededColumnsNullsAndVersionETag()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts({SandboxSeed.CannonGroupAccountId})");
        var body = await ReadAsync(response, 200);

        Assert.Equal("Cannon Group", (string)body["name"]!);
        Assert.Equal("190 Market Square", (string)body["address1_line1"]!);
        Assert.Equal("Birmingham", (string)body["address1_city"]!);
        Assert.Equal("B27 4KT", (string)body["address1_postalcode"]!);
        Assert.Equal("United Kingdom", (string)body["address1_country"]!);
        Assert.Equal("+44 (121) 555-0100", (string)body["telephone1"]!);
        Assert.Equal("info@cannongroup.example", (string)body["emailaddress1"]!);
        Assert.Equal("https://cannongroup.example", (string)body["websiteurl"]!);
        Assert.Equal(0, (int)body["statecode"]!);
        Assert.True(body.ContainsKey("address1_line2"));
        Assert.Null(body["address1_line2"]);
        Assert.Equal($"W/\"{(long)body["versionnumber"]!}\"", (string)body["@odata.etag"]!);
        Assert.Equal((string)body["@odata.etag"]!, response.Headers.ETag!.ToString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", (string)body["modifiedon"]!);
        Assert.EndsWith("/dataverse/api/data/v9.2/$metadata#accounts/$entity", (string)body["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccount_Unknown_404Code80040217()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts({Guid.NewGuid()})");

        Assert.Equal("0x80040217", (await ErrorAsync(response, 404)).Code);
    }

    [Fact]
    public async Task GetAccount_IfNoneMatchCurrent_304_Stale_200()
    {
        var url = $"{Dv}accounts({SandboxSeed.SelangorianAccountId})";
        var etag = (string)(await Host.GetJsonAsync(url))["@odata.etag"]!;

        using var unchanged = await Host.SendAsync(HttpMethod.Get, url, null, ("If-None-Match", etag));
        using var changed = await Host.SendAsync(HttpMethod.Get, url, null, ("If-None-Match", "W/\"1\""));

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task GetAccounts_ContainsIgnoresCase()
    {
        var body = await Host.GetJsonAsync($"{Dv}accounts?$filter=contains(name,'CANNON')&$orderby=name");

        Assert.Equal(["Cannon Group", "Cannon Industries Ltd"], Names(body));
    }

    [Fact]
    public async Task GetAccounts_EqIgnoresCase_AndNotAndOr()
    {
        var eq = await Host.GetJsonAsync($"{Dv}accounts?$filter=address1_city eq 'COVENTRY'");
        var combined = await Host.GetJsonAsync(
            $"{Dv}accounts?$filter=(address1_city eq 'Birmingham' or address1_city eq 'Leeds') and not startswith(name,'Cannon I')");

        Assert.Equal(["Selangorian Limited"], Names(eq));
        Assert.Equal(["Cannon Group"], Names(combined));
    }

    [Fact]
    public async Task GetAccounts_GuidUnquotedAndInactive_Filters()
    {
        var byId = await Host.GetJsonAsync($"{Dv}accounts?$filter=accountid eq {SandboxSeed.DeerfieldAccountId}&$select=name,statecode");
        var inactive = await Host.GetJsonAsync($"{Dv}accounts?$filter=statecode eq 1");
        var owned = await Host.GetJsonAsync($"{Dv}accounts?$filter=_ownerid_value eq {SandboxSeed.SandboxOwnerId}&$count=true");

        Assert.Equal(["Deerfield Graphics"], Names(byId));
        Assert.Equal(["Deerfield Graphics"], Names(inactive));
        Assert.Equal(SandboxSeed.AccountCount, (int)owned["@odata.count"]!);
    }

    [Fact]
    public async Task GetAccounts_ModifiedOnGt_ComparesUnquotedDates()
    {
        var none = await Host.GetJsonAsync($"{Dv}accounts?$filter=modifiedon gt 2026-01-05T09:00:00Z");
        var all = await Host.GetJsonAsync($"{Dv}accounts?$filter=modifiedon ge 2026-01-05T09:00:00Z&$count=true");

        Assert.Empty(none["value"]!.AsArray());
        Assert.Equal(SandboxSeed.AccountCount, (int)all["@odata.count"]!);
    }

    [Fact]
    public async Task GetAccounts_Select_OnlySelectedPlusKeyAndETag()
    {
        var body = await Host.GetJsonAsync($"{Dv}accounts?$select=name,telephone1&$top=3");

        Assert.Equal(3, body["value"]!.AsArray().Count);
        Assert.All(body["value"]!.AsArray(), a => Assert.Equal(["@odata.etag", "accountid", "name", "telephone1"], a!.AsObject().Select(p => p.Key)));
        Assert.EndsWith("#accounts(name,telephone1,accountid)", (string)body["@odata.context"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccounts_MaxPageSize_SkipTokenPagesCoverAllOnce()
    {
        var names = new List<string>();
        string? url = $"{Dv}accounts?$select=name&$count=true";
        while (url is not null)
        {
            using var response = await Host.SendAsync(HttpMethod.Get, url, null, ("Prefer", "odata.maxpagesize=4"));
            var body = await ReadAsync(response, 200);
            Assert.Equal("odata.maxpagesize=4", response.Headers.GetValues("Preference-Applied").Single());
            Assert.Equal(SandboxSeed.AccountCount, (int)body["@odata.count"]!);
            names.AddRange(Names(body));
            url = (string?)body["@odata.nextLink"];
            Assert.True(url is null || url.Contains("$skiptoken=", StringComparison.Ordinal), url);
        }

        Assert.Equal(SandboxSeed.AccountCount, names.Count);
        Assert.Equal(SandboxSeed.AccountCount, names.Distinct().Count());
    }

    [Fact]
    public async Task GetAccounts_MaxPageSizeAboveLimit_CappedAt5000()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts", null, ("Prefer", "odata.maxpagesize=9000"));

        Assert.Equal("odata.maxpagesize=5000", response.Headers.GetValues("Preference-Applied").Single());
    }

    [Theory]
    [InlineData("accounts?$select=nosuchcolumn", "0x80060888")]
    [InlineData("accounts?$filter=nosuchcolumn eq 1", "0x80060888")]
    [InlineData("accounts?$filter=name eq", "0x80060888")]
    [InlineData("accounts?$filter=name eq 'unterminated", "0x80060888")]
    [InlineData("accounts?$filter=any(x)", "0x80060888")]
    [InlineData("accounts?$top=x", "0x80060888")]
    [InlineData("accounts?$skip=2", "0x80060888")]
    [InlineData("accounts?$expand=nosuchnavigation", "0x80060888")]
    [InlineData("accounts?$expand=primarycontactid($filter=fullname eq 'x')", "0x80060888")]
    [InlineData("accounts?$expand=primarycontactid($expand=parentcustomerid_account)", "0x80060888")]
    [InlineData("accounts?$filter=primarycontactid/fullname eq 'x'", "0x80060888")]
    [InlineData("accounts?$filter=substringof('a',name)", "0x80060888")]
    [InlineData("accounts(12)", "0x80060888")]
    public async Task Get_Malformed_400NeverServerError(string url, string expectedCode)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, Dv + url);

        Assert.Equal(expectedCode, (await ErrorAsync(response, 400)).Code);
    }

    [Fact]
    public async Task Get_UnknownEntitySet_404()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Dv}widgets");

        Assert.Equal("0x8006088a", (await ErrorAsync(response, 404)).Code);
    }
}
