using System.Net;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Dataverse;

public sealed class DvWriteTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    private static string Url(Guid id) => $"{Dv}accounts({id})";

    private async Task<JsonObject> CreateAsync(Guid id, string name)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, $"{Dv}accounts", new { accountid = id, name }, ("Prefer", "return=representation"));
        return await ReadAsync(response, 201);
    }

    [Fact]
    public async Task Post_Minimal_204WithAbsoluteEntityId()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, $"{Dv}accounts", new { name = "Posted Account", telephone1 = "" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/dataverse/api/data/v9\.2/accounts\([0-9a-f-]{36}\)$", entityId);
        var created = await Host.GetJsonAsync(entityId);
        Assert.Equal("Posted Account", (string)created["name"]!);
        Assert.Null(created["telephone1"]);
        Assert.Equal(0, (int)created["statecode"]!);
        Assert.Equal((string)created["createdon"]!, (string)created["modifiedon"]!);
    }

    [Fact]
    public async Task Post_ReturnRepresentation_201BodyAndPreferenceApplied()
    {
        var id = Guid.NewGuid();
        using var response = await Host.SendAsync(HttpMethod.Post, $"{Dv}accounts?$select=name", new { accountid = id, name = "Rep" }, ("Prefer", "return=representation"));
        var body = await ReadAsync(response, 201);

        Assert.Equal("return=representation", response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal(id.ToString(), (string)body["accountid"]!);
        Assert.Equal(["@odata.context", "@odata.etag", "accountid", "name"], body.Select(p => p.Key));
    }

    [Fact]
    public async Task Post_SameAccountIdTwice_412Duplicate()
    {
        var id = Guid.NewGuid();
        await CreateAsync(id, "Once");

        using var response = await Host.SendAsync(HttpMethod.Post, $"{Dv}accounts", new { accountid = id, name = "Twice" });

        Assert.Equal("0x80040237", (await ErrorAsync(response, 412)).Code);
        Assert.Equal("Once", (string)(await Host.GetJsonAsync(Url(id)))["name"]!);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"nosuchcolumn\":1}", "0x80048d19")]
    [InlineData("{\"name\":5}", "0x80048d19")]
    [InlineData("{\"versionnumber\":5}", "0x80048d19")]
    [InlineData("{\"_ownerid_value\":\"6f1c5a1e-9f0e-4c55-9a11-4c9d6fd2a001\"}", "0x80048d19")]
    [InlineData("{\"ownerid@odata.bind\":\"not-a-reference\"}", "0x80048d19")]
    [InlineData("{\"statecode\":7}", "0x8004431a")]
    [InlineData("{\"accountnumber\":\"012345678901234567890\"}", "0x80044331")]
    [InlineData("{", "0x80048d19")]
    public async Task Post_BadBody_400WithCode(string body, string expectedCode)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, $"{Dv}accounts", body);

        Assert.Equal(expectedCode, (await ErrorAsync(response, 400)).Code);
    }

    [Fact]
    public async Task Post_Bind_SetsLookupValue()
    {
        var currency = SandboxSeed.EurCurrencyId;
        using var response = await Host.SendAsync(HttpMethod.Post, $"{Dv}accounts",
            new Dictionary<string, object> { ["name"] = "Bound", ["transactioncurrencyid@odata.bind"] = $"/transactioncurrencies({currency})" },
            ("Prefer", "return=representation"));

        Assert.Equal(currency.ToString(), (string)(await ReadAsync(response, 201))["_transactioncurrencyid_value"]!);
    }

    [Fact]
    public async Task Patch_Existing_204NewVersionAndModifiedOn()
    {
        var id = Guid.NewGuid();
        var created = await CreateAsync(id, "Before");

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(id), new { name = "After", statecode = 1 }, ("If-Match", (string)created["@odata.etag"]!));
        var after = await Host.GetJsonAsync(Url(id));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.EndsWith($"/accounts({id})", response.Headers.GetValues("OData-EntityId").Single(), StringComparison.Ordinal);
        Assert.Equal("After", (string)after["name"]!);
        Assert.Equal(2, (int)after["statuscode"]!);
        Assert.True((long)after["versionnumber"]! > (long)created["versionnumber"]!);
        Assert.NotEqual((string)created["@odata.etag"]!, (string)after["@odata.etag"]!);
    }

    [Fact]
    public async Task Patch_ReturnRepresentation_200Body()
    {
        var id = Guid.NewGuid();
        await CreateAsync(id, "Rep Patch");

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(id), new { websiteurl = "https://x.example" }, ("Prefer", "return=representation"));

        Assert.Equal("https://x.example", (string)(await ReadAsync(response, 200))["websiteurl"]!);
    }

    [Fact]
    public async Task Patch_Missing_UpsertCreates()
    {
        var id = Guid.NewGuid();

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(id), new { name = "Upserted" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Upserted", (string)(await Host.GetJsonAsync(Url(id)))["name"]!);
    }

    [Fact]
    public async Task Patch_IfMatchStarOnMissing_404AndNotCreated()
    {
        var id = Guid.NewGuid();

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(id), new { name = "Nope" }, ("If-Match", "*"));
        using var get = await Host.SendAsync(HttpMethod.Get, Url(id));

        Assert.Equal("0x80040217", (await ErrorAsync(response, 404)).Code);
        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
    }

    [Fact]
    public async Task Patch_IfNoneMatchStarOnExisting_412MatchingKeyExists()
    {
        var id = Guid.NewGuid();
        await CreateAsync(id, "Exists");

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(id), new { name = "Changed" }, ("If-None-Match", "*"));
        var (code, message) = await ErrorAsync(response, 412);

        Assert.Equal("0x80040237", code);
        Assert.Equal("A record with matching key values already exists.", message);
        Assert.Equal("Exists", (string)(await Host.GetJsonAsync(Url(id)))["name"]!);
    }

    [Fact]
    public async Task Patch_IfNoneMatchStarOnMissing_Creates()
    {
        var id = Guid.NewGuid();

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(id), new { name = "Fresh" }, ("If-None-Match", "*"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Patch_StaleIfMatch_412VersionMismatch()
    {
        var id = Guid.NewGuid();
        var created = await CreateAsync(id, "V1");
        using var first = await Host.SendAsync(HttpMethod.Patch, Url(id), new { name = "V2" }, ("If-Match", (string)created["@odata.etag"]!));

        using var second = await Host.SendAsync(HttpMethod.Patch, Url(id), new { name = "V3" }, ("If-Match", (string)created["@odata.etag"]!));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal("0x80060882", (await ErrorAsync(second, 412)).Code);
    }

    [Fact]
    public async Task Delete_StaleThenCurrentThenAgain_412Then204Then404()
    {
        var id = Guid.NewGuid();
        var created = await CreateAsync(id, "Doomed");

        using var stale = await Host.SendAsync(HttpMethod.Delete, Url(id), null, ("If-Match", "W/\"1\""));
        using var ok = await Host.SendAsync(HttpMethod.Delete, Url(id), null, ("If-Match", (string)created["@odata.etag"]!));
        using var again = await Host.SendAsync(HttpMethod.Delete, Url(id));

        Assert.Equal("0x80060882", (await ErrorAsync(stale, 412)).Code);
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal("0x80040217", (await ErrorAsync(again, 404)).Code);
    }

    [Fact]
    public async Task Writes_Concurrent_AllGetDistinctVersions()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToList();

        var responses = await Task.WhenAll(ids.Select(id => Host.SendAsync(HttpMethod.Patch, Url(id), new { name = "Parallel" })));
        var versions = await Task.WhenAll(ids.Select(async id => (long)(await Host.GetJsonAsync(Url(id)))["versionnumber"]!));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NoContent, r.StatusCode));
        Assert.Equal(ids.Count, versions.Distinct().Count());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
