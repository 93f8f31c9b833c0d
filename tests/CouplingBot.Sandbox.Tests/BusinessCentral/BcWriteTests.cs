using System.Net;
using System.Text.Json.Nodes;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.BusinessCentral;

public sealed class BcWriteTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    private async Task<JsonObject> CreateAsync(object body)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, UkCustomers, body);
        return await ReadAsync(response, 201);
    }

    private static string Url(JsonObject customer) => $"{UkCustomers}({(string)customer["id"]!})";

    [Fact]
    public async Task Post_WithoutNumber_201NumberAssignedDefaultsAndETag()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        using var response = await Host.SendAsync(HttpMethod.Post, UkCustomers, new { displayName = "Posted Ltd", city = "York" });
        var body = await ReadAsync(response, 201);

        Assert.False(string.IsNullOrEmpty((string)body["number"]!));
        Assert.Equal("Company", (string)body["type"]!);
        Assert.Equal("", (string)body["email"]!);
        Assert.Equal(" ", (string)body["blocked"]!);
        Assert.Equal((string)body["@odata.etag"]!, response.Headers.ETag!.ToString());
        Assert.InRange(DateTimeOffset.Parse((string)body["lastModifiedDateTime"]!, System.Globalization.CultureInfo.InvariantCulture), before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.EndsWith(Url(body), response.Headers.Location!.ToString(), StringComparison.Ordinal);
        var fetched = await Host.GetJsonAsync(Url(body));
        Assert.Equal("York", (string)fetched["city"]!);
    }

    [Fact]
    public async Task Post_DuplicateNumber_EntityWithSameKeyExists()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, UkCustomers, new { number = "10000", displayName = "Copy" });

        Assert.Equal("Internal_EntityWithSameKeyExists", (await ErrorAsync(response, 400)).Code);
    }

    [Theory]
    [InlineData("{\"displayName\":\"x\",\"nosuchfield\":1}", "BadRequest")]
    [InlineData("{\"displayName\":42}", "BadRequest")]
    [InlineData("{\"displayName\":null}", "BadRequest")]
    [InlineData("{\"balanceDue\":5}", "BadRequest")]
    [InlineData("{\"blocked\":\"Sometimes\"}", "Application_FieldValidationException")]
    [InlineData("{\"city\":\"0123456789012345678901234567890\"}", "Application_StringExceededLength")]
    [InlineData("not json", "BadRequest")]
    [InlineData("[1,2]", "BadRequest")]
    public async Task Post_BadBody_400WithCode(string body, string expectedCode)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, UkCustomers, body);
        var (code, message) = await ErrorAsync(response, 400);

        Assert.Equal(expectedCode, code);
        Assert.Contains("CorrelationId:", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patch_WithCurrentETag_200ChangesFieldNewETagAndTime()
    {
        var created = await CreateAsync(new { displayName = "Patch Me" });
        await Task.Delay(5, TestContext.Current.CancellationToken);

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(created), new { city = "Leeds" }, ("If-Match", (string)created["@odata.etag"]!));
        var body = await ReadAsync(response, 200);

        Assert.Equal("Leeds", (string)body["city"]!);
        Assert.Equal("Patch Me", (string)body["displayName"]!);
        Assert.NotEqual((string)created["@odata.etag"]!, (string)body["@odata.etag"]!);
        Assert.True(string.CompareOrdinal((string)body["lastModifiedDateTime"]!, (string)created["lastModifiedDateTime"]!) > 0);
    }

    [Fact]
    public async Task Patch_WithoutIfMatch_BadRequestInvalidToken()
    {
        var created = await CreateAsync(new { displayName = "No Token" });

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(created), new { city = "Leeds" });

        Assert.Equal("BadRequest_InvalidToken", (await ErrorAsync(response, 400)).Code);
    }

    [Fact]
    public async Task Patch_StaleIfMatch_409EntityChanged()
    {
        var created = await CreateAsync(new { displayName = "Stale" });
        var etag = (string)created["@odata.etag"]!;
        using var first = await Host.SendAsync(HttpMethod.Patch, Url(created), new { city = "A" }, ("If-Match", etag));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await Host.SendAsync(HttpMethod.Patch, Url(created), new { city = "B" }, ("If-Match", etag));
        var (code, message) = await ErrorAsync(second, 409);

        Assert.Equal("Request_EntityChanged", code);
        Assert.StartsWith("Another user has already changed the record.", message, StringComparison.Ordinal);
        Assert.Equal("A", (string)(await Host.GetJsonAsync(Url(created)))["city"]!);
    }

    [Fact]
    public async Task Patch_IfMatchStar_200()
    {
        var created = await CreateAsync(new { displayName = "Star" });

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(created), new { displayName = "Star 2" }, ("If-Match", "*"));

        Assert.Equal("Star 2", (string)(await ReadAsync(response, 200))["displayName"]!);
    }

    [Fact]
    public async Task Patch_ReadOnlyOrUnknownField_400AndUnchanged()
    {
        var created = await CreateAsync(new { displayName = "Guarded" });

        using var response = await Host.SendAsync(HttpMethod.Patch, Url(created), new { lastModifiedDateTime = "2020-01-01T00:00:00Z" }, ("If-Match", "*"));

        Assert.Equal("BadRequest", (await ErrorAsync(response, 400)).Code);
        Assert.Equal((string)created["@odata.etag"]!, (string)(await Host.GetJsonAsync(Url(created)))["@odata.etag"]!);
    }

    [Fact]
    public async Task Delete_IfMatchRules_400Then409Then204Then404()
    {
        var created = await CreateAsync(new { displayName = "Delete Me" });

        using var missing = await Host.SendAsync(HttpMethod.Delete, Url(created));
        using var stale = await Host.SendAsync(HttpMethod.Delete, Url(created), null, ("If-Match", "W/\"JzE7c3RhbGU7MDA7Jw==\""));
        using var ok = await Host.SendAsync(HttpMethod.Delete, Url(created), null, ("If-Match", (string)created["@odata.etag"]!));
        using var gone = await Host.SendAsync(HttpMethod.Get, Url(created));

        Assert.Equal("BadRequest_InvalidToken", (await ErrorAsync(missing, 400)).Code);
        Assert.Equal("Request_EntityChanged", (await ErrorAsync(stale, 409)).Code);
        Assert.Equal(HttpStatusCode.NoContent, ok.StatusCode);
        Assert.Equal("Internal_RecordNotFound", (await ErrorAsync(gone, 404)).Code);
    }

    [Fact]
    public async Task Post_Companies_MethodNotAllowed()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, $"{Bc}companies", new { name = "x" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_ClientSuppliedId_Honoured()
    {
        var id = Guid.NewGuid();

        var created = await CreateAsync(new { id, displayName = "Given Id" });

        Assert.Equal(id.ToString(), (string)created["id"]!);
        Assert.Equal("Given Id", (string)(await Host.GetJsonAsync($"{UkCustomers}({id})"))["displayName"]!);
    }
}
