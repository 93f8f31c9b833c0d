using CouplingBot.Sandbox.Storage;
using CouplingBot.Testing;
using CouplingBot.Testing.Browser;
using Microsoft.Playwright;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// A bulk sync and a conflict as a person goes through them in headless Chromium, in the personal chat of the
/// local Teams client: typing, tapping, watching the job's card end in place. The couplings they need are set up
/// beforehand by a colleague in the group chat (over HTTP). Screenshots go to artifacts/screenshots/.
/// </summary>
public sealed class JobsAndConflictsInBrowserTests(PlaygroundStackFixture fixture) : PlaygroundTest(fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static readonly string Screenshots = RepoPaths.Combine("artifacts", "screenshots");

    [Fact]
    public async Task BulkSync_ConfirmedInChromium_CardEndsInPlace_AndTheCompletionMessageFollows()
    {
        var colleague = PlaygroundChat.Group(Client);
        await colleague.CoupleAsync("customer", "10000", SandboxSeed.CannonGroupAccountId, cancellationToken: Cancellation);
        await colleague.CoupleAsync("customer", "20000", SandboxSeed.SelangorianAccountId, cancellationToken: Cancellation);
        await Stack.EditCustomerAsync(SandboxSeed.SelangorianCustomerId, new { phoneNumber = "+60 3 555 0120" });
        await using var browser = await ChromiumBrowser.LaunchAsync(Cancellation);
        var page = await browser.OpenPlaygroundAsync(Playground.BaseUrl, Cancellation);

        // 1. The confirmation card.
        await page.SendMessageAsync("sync customers 10000 20000", Cancellation);
        var confirm = await page.WaitForCardAsync("Synchronize 2 customers?", Wait, Cancellation);
        Assert.Contains("customer 20000", await confirm.InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(Path.Combine(Screenshots, "bulk-sync-1-confirm.png"), Cancellation);

        // 2. Synchronize: the card becomes the job's card and, when the job ends, shows its final state in the same place.
        var cardsBefore = await page.Cards.CountAsync();
        await page.ClickCardButtonAsync("Synchronize", Cancellation);
        var final = await page.WaitForCardAsync("Job finished", Wait, Cancellation);
        Assert.Contains("Synchronize 2 customers (Business Central -> Sales)", await final.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(cardsBefore, await page.Cards.CountAsync());

        // 3. The completion message under it.
        await page.Page.GetByText("Synchronize 2 customers (Business Central -> Sales) finished: 2 modified.").First
            .WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
        await page.ScreenshotAsync(Path.Combine(Screenshots, "bulk-sync-2-finished.png"), Cancellation);

        var completion = await Chat.WaitForAsync(a => a.Text == "Synchronize 2 customers (Business Central -> Sales) finished: 2 modified.", Cancellation);
        Assert.Equal(Client.Conversations.PersonalChatId, completion.ConversationId);
        Assert.Equal("+60 3 555 0120", (await Stack.AccountAsync(SandboxSeed.SelangorianAccountId)).GetProperty("telephone1").GetString());
    }

    [Fact]
    public async Task Conflict_DecidedInChromium_KeepSalesWritesBusinessCentral()
    {
        await PlaygroundChat.Group(Client).CoupleAsync("customer", "10000", SandboxSeed.CannonGroupAccountId, sync: true, Cancellation);
        await Stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { phoneNumber = "+44 121 555 0111" });
        await Stack.EditSalesAsync("accounts", SandboxSeed.CannonGroupAccountId, new { telephone1 = "+44 121 555 0222" });
        await using var browser = await ChromiumBrowser.LaunchAsync(Cancellation);
        var page = await browser.OpenPlaygroundAsync(Playground.BaseUrl, Cancellation);

        // 1. Both values side by side.
        await page.SendMessageAsync("sync customer 10000 both ways", Cancellation);
        var conflict = await page.WaitForCardAsync("Both sides changed", Wait, Cancellation);
        var shown = await conflict.InnerTextAsync();
        Assert.Contains("+44 121 555 0111", shown, StringComparison.Ordinal);
        Assert.Contains("+44 121 555 0222", shown, StringComparison.Ordinal);
        await page.ScreenshotAsync(Path.Combine(Screenshots, "conflict-1-both-sides-changed.png"), Cancellation);

        // 2. Keep Sales: the card says what was done, and Business Central now has the Sales value.
        await page.ClickCardButtonAsync("Keep Sales", Cancellation);
        await page.WaitForCardAsync("Synchronized: both ways", Wait, Cancellation);
        await page.Page.GetByText("1 field changed in Business Central: Phone").First
            .WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
        await page.ScreenshotAsync(Path.Combine(Screenshots, "conflict-2-kept-sales.png"), Cancellation);

        Assert.Equal("+44 121 555 0222", (await Stack.BusinessCentralAsync("customers", SandboxSeed.CannonGroupCustomerId)).GetProperty("phoneNumber").GetString());
    }
}
