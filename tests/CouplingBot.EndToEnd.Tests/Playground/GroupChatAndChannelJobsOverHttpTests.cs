using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// Jobs started where several people talk, in the local Teams client over its HTTP API: the confirmation, the
/// job's final card and the completion message all stay in the group chat, or in the thread of the channel post
/// that asked.
/// </summary>
public sealed class GroupChatAndChannelJobsOverHttpTests(PlaygroundStackFixture fixture) : PlaygroundTest(fixture)
{
    [Fact]
    public async Task MatchCustomersWithMention_InGroupChat_JobEndsInTheGroupChat()
    {
        var group = PlaygroundChat.Group(Client);

        var dryRun = await group.SendForCardAsync("match customers", "Match customers: dry run", Cancellation);
        var job = await group.RunJobAsync(dryRun, cancellationToken: Cancellation);

        Assert.Equal(Client.Conversations.GroupChatId, group.Thread);
        Assert.Equal(dryRun.MessageId, job.Final.MessageId);
        Assert.Contains("Job finished", job.Final.Text, StringComparison.Ordinal);
        Assert.StartsWith("Couple all uncoupled customers by match finished:", job.Completion.Text, StringComparison.Ordinal);
        Assert.Equal(Client.Conversations.GroupChatId, job.Completion.ConversationId);
        Assert.DoesNotContain(Client.GetActivities(Client.Conversations.PersonalChatId), a => a.Contains("by match"));
        Assert.Contains(await CouplingRowsAsync("CUSTOMER"), r => r.GetString("BusinessCentralNumber") == "10000" && r.GetString("SalesId") == SandboxSeed.CannonGroupAccountId.ToString());
    }

    [Fact]
    public async Task SyncCustomersWithMention_InChannel_CompletionMessageInThePostsThread()
    {
        // Coupled in one post; the bulk sync is asked for in another.
        var channel = PlaygroundChat.Channel(Client);
        await channel.CoupleAsync("customer", "10000", SandboxSeed.CannonGroupAccountId, cancellationToken: Cancellation);
        await channel.CoupleAsync("customer", "20000", SandboxSeed.SelangorianAccountId, cancellationToken: Cancellation);
        var couplePost = channel.Thread;
        await Stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { addressLine2 = "Floor 3" });

        var confirm = await channel.SendForCardAsync("sync customers 10000 20000", "Synchronize 2 customers?", Cancellation);
        var syncPost = channel.Thread;
        var job = await channel.RunJobAsync(confirm, cancellationToken: Cancellation);

        Assert.StartsWith(Client.Conversations.ChannelId + ";messageid=", syncPost, StringComparison.Ordinal);
        Assert.NotEqual(couplePost, syncPost);
        Assert.Equal(syncPost, job.Completion.ConversationId);
        Assert.Contains("Job finished", job.Final.Text, StringComparison.Ordinal);
        Assert.Equal("Synchronize 2 customers (Business Central -> Sales) finished: 2 modified.", job.Completion.Text);
        Assert.Equal("Floor 3", (await Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("address1_line2").GetString());
    }
}
