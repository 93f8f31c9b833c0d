using CouplingBot.Testing.Playground;

namespace CouplingBot.Testing.Tests.Playground;

public sealed class PlaygroundServerTests
{
    [Fact]
    public async Task StartAsync_TwoPlaygrounds_EachTalksToItsOwnBot()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var firstBot = await FakeBot.FakeBot.StartAsync(ct);
        await using var secondBot = await FakeBot.FakeBot.StartAsync(ct);
        var starting = new[] { PlaygroundServer.StartAsync(firstBot.Endpoint, ct), PlaygroundServer.StartAsync(secondBot.Endpoint, ct) };
        await using var first = await starting[0];
        await using var second = await starting[1];
        await using var firstClient = await PlaygroundClient.ConnectAsync(first.BaseUrl, ct);
        await using var secondClient = await PlaygroundClient.ConnectAsync(second.BaseUrl, ct);

        await firstClient.SendMessageAsync(firstClient.Conversations.PersonalChatId, "to-first", cancellationToken: ct);
        await secondClient.SendMessageAsync(secondClient.Conversations.PersonalChatId, "to-second", cancellationToken: ct);
        await firstClient.WaitForActivityAsync(a => a.Text == "echo: to-first", TimeSpan.FromSeconds(10), ct);
        await secondClient.WaitForActivityAsync(a => a.Text == "echo: to-second", TimeSpan.FromSeconds(10), ct);

        Assert.NotEqual(first.BaseUrl, second.BaseUrl);
        Assert.Equal(["to-first"], firstBot.Received.Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"]));
        Assert.Equal(["to-second"], secondBot.Received.Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"]));
        Assert.DoesNotContain(firstClient.GetActivities(), a => a.Contains("to-second"));
    }
}
