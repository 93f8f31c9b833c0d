using System.Net;
using System.Text.Json;
using CouplingBot.Bot.Protocol;

namespace CouplingBot.Bot.Tests.Protocol;

/// <summary>The connector client on the wire, through the bot's own HTTP pipeline.</summary>
public sealed class ConnectorClientTests
{
    private const string EscapedConversation = "a%3A1x%2Fy%23z%3Fw%3Bmessageid%3D7";

    [Fact]
    public async Task Reply_PostsToTheEscapedConversation_FromTheBotToTheUser()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);

        var id = await stack.Client.ReplyAsync(ConnectorStack.Inbound(), new Activity { Type = ActivityTypes.Message, Text = "hi" }, TestContext.Current.CancellationToken);

        var request = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversation}/activities/in-1", request.Path);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("28:bot", body.RootElement.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:user", body.RootElement.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("in-1", body.RootElement.GetProperty("replyToId").GetString());
        Assert.Equal("activity-1", id);
    }

    [Fact]
    public async Task Update_PutsTheActivityWithItsId_ToTheActivityUrl()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);

        await stack.Client.UpdateAsync(ConnectorStack.Inbound(), "card 9", new Activity { Type = ActivityTypes.Message, Text = "done" }, TestContext.Current.CancellationToken);

        var request = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversation}/activities/card%209", request.Path);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("card 9", body.RootElement.GetProperty("id").GetString());
        Assert.Equal("done", body.RootElement.GetProperty("text").GetString());
        Assert.Equal("a:1x/y#z?w;messageid=7", body.RootElement.GetProperty("conversation").GetProperty("id").GetString());
    }

    [Fact]
    public async Task SendTyping_PostsATypingActivity_IntoTheConversation()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);

        await stack.Client.SendTypingAsync(ConnectorStack.Inbound(), TestContext.Current.CancellationToken);

        var request = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversation}/activities", request.Path);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("typing", body.RootElement.GetProperty("type").GetString());
        Assert.False(body.RootElement.TryGetProperty("text", out _));
    }

    [Fact]
    public async Task CreatePersonalConversation_PostsBotMemberAndTenant_ReturnsTheNewId()
    {
        var connector = new RecordingConnector().Then(() => new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id":"a:new-chat"}""") });
        using var stack = new ConnectorStack(connector);

        var id = await stack.Client.CreatePersonalConversationAsync(
            ConnectorStack.ServiceUrl, new ChannelAccount("28:bot", "CouplingBot"), new ChannelAccount("29:user", "Ada"), "tenant-1", TestContext.Current.CancellationToken);

        Assert.Equal("a:new-chat", id);
        var request = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("/amer/v3/conversations", request.Path);
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        Assert.Equal("28:bot", root.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user", Assert.Single(root.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.False(root.GetProperty("isGroup").GetBoolean());
        Assert.Equal("tenant-1", root.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-1", root.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThatLongAndSendsAgain()
    {
        var connector = new RecordingConnector().ThenStatus(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(1));
        using var stack = new ConnectorStack(connector);

        var id = await stack.Client.SendAsync(ConnectorStack.Inbound(), new Activity { Type = ActivityTypes.Message, Text = "hi" }, TestContext.Current.CancellationToken);

        Assert.Equal("activity-1", id);
        var attempts = connector.Requests.ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromMilliseconds(900), $"retried after {attempts[1].At - attempts[0].At}");
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Send_ServerErrorThatMayHaveDelivered_IsNotSentTwice(HttpStatusCode status)
    {
        var connector = new RecordingConnector().ThenStatus(status);
        using var stack = new ConnectorStack(connector);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            stack.Client.SendAsync(ConnectorStack.Inbound(), new Activity { Type = ActivityTypes.Message, Text = "hi" }, TestContext.Current.CancellationToken));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task Update_BadGateway_IsRetried()
    {
        var connector = new RecordingConnector().ThenStatus(HttpStatusCode.BadGateway, TimeSpan.Zero);
        using var stack = new ConnectorStack(connector);

        await stack.Client.UpdateAsync(ConnectorStack.Inbound(), "card-1", new Activity { Type = ActivityTypes.Message, Text = "done" }, TestContext.Current.CancellationToken);

        Assert.Equal(2, connector.Requests.Count);
        Assert.All(connector.Requests, r => Assert.Equal(HttpMethod.Put, r.Method));
    }

    [Fact]
    public async Task Requests_LocalMode_CarryNoAuthorization()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);

        await stack.Client.SendTypingAsync(ConnectorStack.Inbound(), TestContext.Current.CancellationToken);

        Assert.Null(Assert.Single(connector.Requests).Authorization);
        Assert.False(stack.Get<ConnectorClientTokens>().SignsIn);
    }

    [Fact]
    public async Task Requests_SignedIn_CarryTheBearerToken_AskedForOnce()
    {
        var credential = new CountingCredential(TimeProvider.System, TimeSpan.FromHours(1));
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector, credential);
        var inbound = ConnectorStack.Inbound();
        var ct = TestContext.Current.CancellationToken;

        await Task.WhenAll(
            stack.Client.SendTypingAsync(inbound, ct),
            stack.Client.ReplyAsync(inbound, new Activity { Type = ActivityTypes.Message, Text = "a" }, ct),
            stack.Client.SendAsync(inbound, new Activity { Type = ActivityTypes.Message, Text = "b" }, ct));
        await stack.Client.UpdateAsync(inbound, "x", new Activity { Type = ActivityTypes.Message, Text = "c" }, ct);

        Assert.Equal(4, connector.Requests.Count);
        Assert.All(connector.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(1, credential.Calls);
        Assert.Equal([ConnectorClientOptions.Scope], credential.Scopes);
    }

    [Fact]
    public async Task Requests_Refused401_SignInAfreshNextTime()
    {
        var credential = new CountingCredential(TimeProvider.System, TimeSpan.FromHours(1));
        var connector = new RecordingConnector().ThenStatus(HttpStatusCode.Unauthorized);
        using var stack = new ConnectorStack(connector, credential);
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<HttpRequestException>(() => stack.Client.SendTypingAsync(ConnectorStack.Inbound(), ct));
        await stack.Client.SendTypingAsync(ConnectorStack.Inbound(), ct);

        Assert.Equal(["Bearer token-1", "Bearer token-2"], connector.Requests.Select(r => r.Authorization));
    }
}
