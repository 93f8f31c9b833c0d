using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Testing.Playground;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// The bot where several people talk, in the local Teams client over its HTTP conversation API:
/// a group chat and a team channel, where every message to the bot starts with an @mention.
/// </summary>
public sealed class GroupChatAndChannelOverHttpTests(PlaygroundStackFixture fixture) : IClassFixture<PlaygroundStackFixture>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task CoupleWithMention_InGroupChat_StripsMentionAndSetsUpCoupling()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.ResetAsync();
        await using var client = await PlaygroundClient.ConnectAsync(fixture.Playground.BaseUrl, ct);
        var chat = client.Conversations.GroupChatId!;

        // "@CouplingBot couple customer 10000": the mention is stripped, the set-up card comes back in the group chat.
        var sent = await client.SendMessageAsync(chat, "couple customer 10000", mentionBot: true, ct);
        var setUp = await client.WaitForActivityAsync(a => a.ConversationId == chat && a.HasAdaptiveCard && a.Contains("Sales accounts that may be this customer"), Wait, ct);
        Assert.Equal(chat, sent.ConversationId);
        Assert.Equal(client.Conversations.BotId, setUp.FromId);
        Assert.Contains("The Cannon Group PLC", CardText.Joined(setUp.AdaptiveCards.Single()), StringComparison.Ordinal);

        // Set Up Coupling with sync, Business Central -> Sales: the card is replaced and the completion message lands in the group chat.
        var replaced = await client.ExecuteActionAsync(chat, setUp.MessageId, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "true", direction = "toSales" }, ct);
        Assert.Contains("Coupled to Sales account", CardText.Joined(replaced.GetProperty("value")), StringComparison.Ordinal);
        var done = await client.WaitForActivityAsync(a => a.Contains("10 fields changed in Sales"), Wait, ct);
        Assert.Equal(chat, done.ConversationId);

        var rows = await fixture.Stack.CouplingRowsAsync();
        Assert.Contains(rows, r => r.RowKey == $"bc|{SandboxSeed.CannonGroupCustomerId}" && r.GetString("SalesId") == SandboxSeed.CannonGroupAccountId.ToString());
        Assert.Equal("The Cannon Group PLC", (await fixture.Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task SyncWithMention_InChannelAfterCoupling_CompletionMessageArrivesInThePost()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.ResetAsync();
        await using var client = await PlaygroundClient.ConnectAsync(fixture.Playground.BaseUrl, ct);
        var channel = client.Conversations.ChannelId!;

        // Couple in the channel (with sync): the message starts a post, the set-up card and the first sync's message arrive in its thread.
        var couplePost = await client.SendMessageAsync(channel, "couple customer 10000", mentionBot: true, ct);
        var setUp = await client.WaitForActivityAsync(a => a.ConversationId == couplePost.ConversationId && a.HasAdaptiveCard, Wait, ct);
        Assert.StartsWith(channel + ";messageid=", couplePost.ConversationId, StringComparison.Ordinal);
        var coupled = await client.ExecuteActionAsync(couplePost.ConversationId, setUp.MessageId, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "true", direction = "toSales" }, ct);
        Assert.Contains("Coupled to Sales account", CardText.Joined(coupled.GetProperty("value")), StringComparison.Ordinal);
        var first = await client.WaitForActivityAsync(a => a.Contains("10 fields changed in Sales"), Wait, ct);
        Assert.Equal(couplePost.ConversationId, first.ConversationId);

        // Someone edits the customer; "@CouplingBot sync customer 10000 to sales" in a new post goes at once.
        await fixture.Stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { addressLine2 = "Floor 3" });
        var syncPost = await client.SendMessageAsync(channel, "sync customer 10000 to sales", mentionBot: true, ct);
        var done = await client.WaitForActivityAsync(a => a.ConversationId == syncPost.ConversationId && a.Contains("finished"), Wait, ct);

        Assert.NotEqual(couplePost.ConversationId, syncPost.ConversationId);
        Assert.Equal("Synchronization of customer 10000 finished (Business Central -> Sales): 1 field changed in Sales: Address 2.", done.Text);
        Assert.Contains(done, client.GetMessages(channel));
        Assert.Equal("Floor 3", (await fixture.Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("address1_line2").GetString());
    }
}
