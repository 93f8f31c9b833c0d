using CouplingBot.Sandbox.Storage;
using CouplingBot.Testing;
using CouplingBot.Testing.Browser;
using CouplingBot.Testing.Playground;
using Microsoft.Playwright;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// The group chat and the team channel as a person uses them, in headless Chromium in the local Teams
/// client: the bot is @mentioned from the mention menu, cards are tapped. The feed client alongside
/// checks where the bot's messages landed. Screenshots go to artifacts/screenshots/.
/// </summary>
public sealed class GroupChatAndChannelInBrowserTests(PlaygroundStackFixture fixture) : IClassFixture<PlaygroundStackFixture>
{
    private const string GroupChat = "Group Chat";
    private const string GeneralChannel = "My Team - General";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static readonly string Screenshots = RepoPaths.Combine("artifacts", "screenshots");

    [Fact]
    public async Task CoupleWithMention_InGroupChat_TypedAndTappedInChromium()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.ResetAsync();
        await using var feed = await PlaygroundClient.ConnectAsync(fixture.Playground.BaseUrl, ct);
        await using var browser = await ChromiumBrowser.LaunchAsync(ct);
        var page = await browser.OpenPlaygroundAsync(fixture.Playground.BaseUrl, ct);
        await page.OpenConversationAsync(GroupChat, ct);

        // "@<bot> couple customer 10000" with the mention picked from the menu: the set-up card comes back.
        await page.SendMentionAsync(feed.Conversations.BotName, "couple customer 10000", ct);
        var setUp = await page.WaitForCardAsync("Sales accounts that may be this customer", Wait, ct);
        Assert.Contains("The Cannon Group PLC", await setUp.InnerTextAsync(), StringComparison.Ordinal);
        var setUpMessage = await feed.WaitForActivityAsync(a => a.Contains("Sales accounts that may be this customer"), Wait, ct);
        Assert.Equal(feed.Conversations.GroupChatId, setUpMessage.ConversationId);
        await page.ScreenshotAsync(Path.Combine(Screenshots, "group-1-set-up-coupling.png"), ct);

        // Set Up Coupling with sync, Business Central -> Sales.
        await page.ChooseAsync("Business Central -> Sales", cancellationToken: ct);
        await page.SetToggleAsync("Synchronize after coupling", true, ct);
        await page.ClickCardButtonAsync("Set Up Coupling", ct);
        await page.WaitForCardAsync("Coupled to Sales account", Wait, ct);
        await page.Page.GetByText("10 fields changed in Sales").First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
        await page.ScreenshotAsync(Path.Combine(Screenshots, "group-2-coupled.png"), ct);

        var done = await feed.WaitForActivityAsync(a => a.Contains("10 fields changed in Sales"), Wait, ct);
        Assert.Equal(feed.Conversations.GroupChatId, done.ConversationId);
        Assert.Equal("The Cannon Group PLC", (await fixture.Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task SyncWithMention_InChannel_CompletionMessageShownUnderThePost()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.ResetAsync();
        await using var feed = await PlaygroundClient.ConnectAsync(fixture.Playground.BaseUrl, ct);
        await using var browser = await ChromiumBrowser.LaunchAsync(ct);
        var page = await browser.OpenPlaygroundAsync(fixture.Playground.BaseUrl, ct);
        await page.OpenConversationAsync(GeneralChannel, ct);
        var bot = feed.Conversations.BotName;

        // A post "@<bot> couple customer 10000", then Set Up Coupling (with sync) on the card under it.
        await page.PostMentionAsync(bot, "couple customer 10000", ct);
        await page.WaitForCardAsync("Sales accounts that may be this customer", Wait, ct);
        await page.ChooseAsync("Business Central -> Sales", cancellationToken: ct);
        await page.SetToggleAsync("Synchronize after coupling", true, ct);
        await page.ClickCardButtonAsync("Set Up Coupling", ct);
        await page.WaitForCardAsync("Coupled to Sales account", Wait, ct);
        await page.Page.GetByText("10 fields changed in Sales").First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });

        // Someone edits the customer; a new post "@<bot> sync customer 10000 to sales".
        await fixture.Stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { addressLine2 = "Floor 3" });
        await page.PostMentionAsync(bot, "sync customer 10000 to sales", ct);
        await page.Page.GetByText("1 field changed in Sales: Address 2").First.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
        await page.ScreenshotAsync(Path.Combine(Screenshots, "channel-synchronized.png"), ct);

        // The completion message went to the channel, in the thread of the second post.
        var coupled = await feed.WaitForActivityAsync(a => a.Contains("10 fields changed in Sales"), Wait, ct);
        var done = await feed.WaitForActivityAsync(a => a.Contains("1 field changed in Sales: Address 2"), Wait, ct);
        Assert.StartsWith(feed.Conversations.ChannelId + ";messageid=", done.ConversationId, StringComparison.Ordinal);
        Assert.NotEqual(coupled.ConversationId, done.ConversationId);
        Assert.Equal("Floor 3", (await fixture.Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("address1_line2").GetString());
    }
}
