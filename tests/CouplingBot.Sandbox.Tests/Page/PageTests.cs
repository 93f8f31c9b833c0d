using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Tests.Page;

public sealed partial class PageTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    [GeneratedRegex("<script id=\"initial-data\" type=\"application/json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InitialData();

    private async Task<(HttpResponseMessage Response, string Html)> PageAsync()
    {
        var response = await Host.SendAsync(HttpMethod.Get, "");
        return (response, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Root_ServesHtmlWithScriptAndBothSides()
    {
        var (response, html) = await PageAsync();
        using var _ = response;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<script src=\"/_sandbox/page/page.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("Business Central", html, StringComparison.Ordinal);
        Assert.Contains("accounts", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Root_EmbedsRecordsWithModifiedOnAndETags()
    {
        var (response, html) = await PageAsync();
        using var _ = response;

        var data = JsonNode.Parse(InitialData().Match(html).Groups[1].Value)!;
        var customers = data["bc"]!["customers"]!.AsArray();
        var accounts = data["dataverse"]!["accounts"]!.AsArray();
        Assert.Equal(SandboxSeed.CronusUkCompanyId.ToString(), (string)data["bc"]!["companyId"]!);
        var cannon = customers.Single(c => (string)c!["id"]! == SandboxSeed.CannonGroupCustomerId.ToString())!;
        Assert.Equal("The Cannon Group PLC", (string)cannon["displayName"]!);
        Assert.StartsWith("W/\"", (string)cannon["@odata.etag"]!, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string)cannon["lastModifiedDateTime"]!));
        var haddock = accounts.Single(a => (string)a!["accountid"]! == SandboxSeed.JohnHaddockAccountId.ToString())!;
        Assert.Equal("John Haddock Insurance Co.", (string)haddock["name"]!);
        Assert.Matches("^W/\"[0-9]+\"$", (string)haddock["@odata.etag"]!);
        Assert.False(string.IsNullOrEmpty((string)haddock["modifiedon"]!));
    }

    [Fact]
    public async Task Root_AfterApiEdit_ShowsNewValueAndETag()
    {
        var url = $"{SandboxHost.Dv}accounts({SandboxSeed.FourthCoffeeAccountId})";
        var before = await Host.GetJsonAsync(url);
        using var patch = await Host.SendAsync(HttpMethod.Patch, url, new { telephone1 = "01632 960123" }, ("If-Match", (string)before["@odata.etag"]!));
        var after = await Host.GetJsonAsync(url);

        var (response, html) = await PageAsync();
        using var _ = response;

        Assert.Equal(HttpStatusCode.NoContent, patch.StatusCode);
        Assert.Contains("01632 960123", html, StringComparison.Ordinal);
        Assert.Contains(((string)after["@odata.etag"]!).Replace("\"", "\\u0022", StringComparison.Ordinal), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_EditsThroughTheApisWithIfMatch()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, "_sandbox/page/page.js");
        var script = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"PATCH\"", script, StringComparison.Ordinal);
        Assert.Contains("\"If-Match\": record[\"@odata.etag\"]", script, StringComparison.Ordinal);
        Assert.Contains("/dataverse/api/data/v9.2/accounts", script, StringComparison.Ordinal);
        Assert.Contains("json.error.code", script, StringComparison.Ordinal);
    }
}
