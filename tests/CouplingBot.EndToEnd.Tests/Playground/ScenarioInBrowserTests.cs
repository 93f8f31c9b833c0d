using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Testing;
using CouplingBot.Testing.Browser;
using CouplingBot.Testing.Playground;
using Microsoft.Playwright;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// The walking skeleton as a person does it: in headless Chromium, in the local Teams client,
/// typing and tapping. Screenshots go to artifacts/screenshots/.
/// </summary>
public sealed class ScenarioInBrowserTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task CoupleThenSync_TypedAndTappedInChromium()
    {
        var ct = TestContext.Current.CancellationToken;
        var screenshots = RepoPaths.Combine("artifacts", "screenshots");
        await using var stack = await LocalStack.StartAsync();
        await using var playground = await PlaygroundServer.StartAsync(new Uri(stack.BotUrl, "api/messages"), ct);
        await using var browser = await ChromiumBrowser.LaunchAsync(ct);
        var page = await browser.OpenPlaygroundAsync(playground.BaseUrl, ct);

        // 1. The set-up card: the customer's fields, "not coupled", ranked candidates.
        await page.SendMessageAsync("couple customer 10000", ct);
        var setUp = await page.WaitForCardAsync("Sales accounts that may be this customer", Wait, ct);
        Assert.Contains("The Cannon Group PLC", await setUp.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("192 Market Square", await setUp.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(Path.Combine(screenshots, "1-set-up-coupling.png"), ct);

        // 2. Pick the account, keep "Synchronize after coupling" on, Business Central -> Sales, tap Set Up Coupling.
        await page.ChooseAsync("Business Central -> Sales", cancellationToken: ct);
        await page.SetToggleAsync("Synchronize after coupling", true, ct);
        var cardsBefore = await page.Cards.CountAsync();
        await page.ClickCardButtonAsync("Set Up Coupling", ct);
        await page.WaitForCardAsync("Coupled to Sales account", Wait, ct);
        Assert.Equal(cardsBefore, await page.Cards.CountAsync());
        await page.Page.GetByText("10 fields changed in Sales").First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
        await page.ScreenshotAsync(Path.Combine(screenshots, "2-coupled.png"), ct);
        Assert.Equal("The Cannon Group PLC", (await stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("name").GetString());

        // 3. Sync after an edit in Business Central.
        await stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { addressLine2 = "Floor 3" });
        await page.SendMessageAsync("sync customer 10000", ct);
        await page.WaitForCardAsync("Synchronize customer 10000", Wait, ct);
        await page.ChooseAsync("Business Central -> Sales", cancellationToken: ct);
        await page.ClickCardButtonAsync("Synchronize Now", ct);

        // 4. The completion message.
        await page.Page.GetByText("1 field changed in Sales: Address 2").First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
        await page.ScreenshotAsync(Path.Combine(screenshots, "3-synchronized.png"), ct);
        Assert.True(new FileInfo(Path.Combine(screenshots, "3-synchronized.png")).Length > 10_000);
        Assert.Equal("Floor 3", (await stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("address1_line2").GetString());
    }
}
