using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Testing.Browser;
using Microsoft.Playwright;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Page;

/// <summary>The page in headless Chromium: edits go through the APIs like a person's, conflicts show the service's error.</summary>
public sealed class PageBrowserTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private ChromiumBrowser? _browser;

    private SandboxHost Host => fixture.Host;

    public async ValueTask InitializeAsync()
    {
        await Host.ResetAsync();
        _browser = await ChromiumBrowser.LaunchAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await _browser!.DisposeAsync();

    private async Task<IPage> OpenAsync()
    {
        var page = await _browser!.Context.NewPageAsync();
        await page.GotoAsync(Host.BaseAddress.ToString());
        return page;
    }

    [Fact]
    public async Task Save_ChangedCity_PatchesOnlyThatFieldAndShowsNewValue()
    {
        var page = await OpenAsync();
        using var clear = await Host.SendAsync(HttpMethod.Delete, "_sandbox/requests");
        var row = page.Locator($"#bc tr[data-id=\"{SandboxSeed.CannonGroupCustomerId}\"]");

        await row.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await page.Locator("#editor-fields input[name=city]").FillAsync("Solihull");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("Solihull");

        var customer = await Host.GetJsonAsync($"{UkCustomers}({SandboxSeed.CannonGroupCustomerId})");
        Assert.Equal("Solihull", (string)customer["city"]!);
        var journal = JsonNode.Parse(await Host.Client.GetStringAsync("_sandbox/requests?service=bc&method=PATCH", TestContext.Current.CancellationToken))!.AsArray();
        Assert.Equal("{\"city\":\"Solihull\"}", (string)Assert.Single(journal)!["body"]!);
        Assert.Equal((string)customer["@odata.etag"]!, await row.Locator("td.etag").GetAttributeAsync("title"));
    }

    [Fact]
    public async Task Save_AfterSomeoneElseChangedTheRecord_ShowsDataverseConflict()
    {
        var page = await OpenAsync();
        var url = $"{Dv}accounts({SandboxSeed.JohnHaddockAccountId})";
        await page.Locator($"#dataverse tr[data-id=\"{SandboxSeed.JohnHaddockAccountId}\"]").GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await page.Locator("#editor-fields input[name=telephone1]").FillAsync("0161 000 0000");
        using var other = await Host.SendAsync(HttpMethod.Patch, url, new { name = "Changed Elsewhere" }, ("If-Match", "*"));

        await page.Locator("#save").ClickAsync();

        await Assertions.Expect(page.Locator("#editor .error")).ToContainTextAsync("412");
        await Assertions.Expect(page.Locator("#editor .error")).ToContainTextAsync("0x80060882");
        Assert.NotEqual("0161 000 0000", (string?)(await Host.GetJsonAsync(url))["telephone1"]);
    }
}
