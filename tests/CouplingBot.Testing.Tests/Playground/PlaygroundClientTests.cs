using System.Text.Json;
using CouplingBot.Testing.Playground;
using CouplingBot.Testing.Tests.FakeBot;

namespace CouplingBot.Testing.Tests.Playground;

public sealed class PlaygroundClientTests(FakeBotPlayground playground) : IClassFixture<FakeBotPlayground>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task SendMessageAsync_PersonalChat_ReplyAndCardArrive()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var client = await PlaygroundClient.ConnectAsync(playground.Server.BaseUrl, ct);
        var chat = client.Conversations.PersonalChatId;

        await client.SendMessageAsync(chat, "hello-personal", cancellationToken: ct);

        var reply = await client.WaitForActivityAsync(a => a.Text == "echo: hello-personal", Wait, ct);
        var card = await client.WaitForActivityAsync(a => a.HasAdaptiveCard && a.Contains("Card for hello-personal"), Wait, ct);
        Assert.Equal(client.Conversations.BotId, reply.FromId);
        Assert.Equal(chat, card.ConversationId);
        Assert.Equal("Action.Execute", card.AdaptiveCards.Single().GetProperty("actions")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task ExecuteActionAsync_CardButton_ReturnsReplacementCard()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var client = await PlaygroundClient.ConnectAsync(playground.Server.BaseUrl, ct);
        var chat = client.Conversations.PersonalChatId;
        await client.SendMessageAsync(chat, "invoke-me", cancellationToken: ct);
        var card = await client.WaitForActivityAsync(a => a.Contains("Card for invoke-me"), Wait, ct);

        var response = await client.ExecuteActionAsync(chat, card.MessageId, FakeBotCards.Verb, new { pick = "beta", flag = "true" }, ct);

        Assert.Equal(PlaygroundAttachment.AdaptiveCardContentType, response.GetProperty("type").GetString());
        var title = response.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString();
        Assert.Equal("Pressed press: pick=beta, flag=true", title);
        var invoke = playground.Bot.Received.Last(a => (string?)a["type"] == "invoke");
        Assert.Equal(card.MessageId, (string?)invoke["replyToId"]);
    }

    [Fact]
    public async Task SubmitAsync_CardButton_BotGetsValue()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var client = await PlaygroundClient.ConnectAsync(playground.Server.BaseUrl, ct);
        var chat = client.Conversations.PersonalChatId;
        await client.SendMessageAsync(chat, "submit-me", cancellationToken: ct);
        var card = await client.WaitForActivityAsync(a => a.Contains("Card for submit-me"), Wait, ct);

        await client.SubmitAsync(chat, card.MessageId, new { submitted = true, pick = "beta" }, ct);

        var reply = await client.WaitForActivityAsync(a => a.Text?.StartsWith("submitted:", StringComparison.Ordinal) == true, Wait, ct);
        using var value = JsonDocument.Parse(reply.Text!["submitted:".Length..]);
        Assert.Equal("beta", value.RootElement.GetProperty("pick").GetString());
    }

    [Fact]
    public async Task SendMessageAsync_ChannelWithMention_ReplyArrivesInThread()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var client = await PlaygroundClient.ConnectAsync(playground.Server.BaseUrl, ct);
        var channel = client.Conversations.ChannelId!;

        var sent = await client.SendMessageAsync(channel, "hello-channel", mentionBot: true, ct);

        var reply = await client.WaitForActivityAsync(a => a.Text == "echo: hello-channel", Wait, ct);
        Assert.Equal(sent.ConversationId, reply.ConversationId);
        Assert.StartsWith(channel + ";messageid=", reply.ConversationId, StringComparison.Ordinal);
        Assert.Contains(reply, client.GetActivities(channel));
    }

    [Fact]
    public async Task WaitForActivityAsync_NothingMatches_TimesOutWithWhatArrived()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var client = await PlaygroundClient.ConnectAsync(playground.Server.BaseUrl, ct);

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => client.WaitForActivityAsync(a => a.Contains("never sent"), TimeSpan.FromMilliseconds(300), ct));

        Assert.Contains("No matching activity", error.Message, StringComparison.Ordinal);
    }
}
