using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Bot.Hosting;
using CouplingBot.Bot.Protocol;
using CouplingBot.Bot.Tests.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Bot.Tests.Hosting;

/// <summary>
/// The typing indicator of a message turn, through the running bot. Whether an answer is "slow" is set by
/// <c>Bot:TypingDelay</c>: zero makes every answer slower than the delay, infinite makes every answer quick,
/// so nothing here depends on how long a turn really takes.
/// </summary>
public sealed class TypingIndicatorTests
{
    private const string ServiceUrl = "http://127.0.0.1:9/connector/";
    private const string NeverTyping = "-00:00:00.001";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Message_AnswerSlowerThanTheDelay_SendsOneTypingBeforeTheReply()
    {
        var connector = new RecordingConnector();
        await using var app = await StartBotAsync(connector, typingDelay: "00:00:00");

        var status = await PostAsync(app, "help");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["typing", "message"], connector.Requests.Select(TypeOf));
        Assert.Equal("/connector/v3/conversations/a%3Apersonal-chat-1/activities", connector.Requests.First().Path);
    }

    [Fact]
    public async Task Message_AnswerQuickerThanTheDelay_SendsNoTyping()
    {
        var connector = new RecordingConnector();
        await using var app = await StartBotAsync(connector, typingDelay: NeverTyping);

        var status = await PostAsync(app, "help");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["message"], connector.Requests.Select(TypeOf));
    }

    [Fact]
    public async Task Message_TypingRefused_StillReplies()
    {
        var connector = new RecordingConnector().ThenStatus(HttpStatusCode.Forbidden);
        await using var app = await StartBotAsync(connector, typingDelay: "00:00:00");

        var status = await PostAsync(app, "help");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["typing", "message"], connector.Requests.Select(TypeOf));
    }

    [Fact]
    public async Task CardAction_SendsNoTyping()
    {
        var connector = new RecordingConnector();
        await using var app = await StartBotAsync(connector, typingDelay: "00:00:00");
        var invoke = Inbound("invoke") with { Name = "adaptiveCard/action", Value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "no.such.verb" } }) };

        using var bot = new HttpClient { BaseAddress = AddressOf(app) };
        using var response = await bot.PostAsJsonAsync("api/messages", invoke, ProtocolJson.Options, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(connector.Requests, r => TypeOf(r) == "typing");
    }

    private static string? TypeOf(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.GetProperty("type").GetString();
    }

    private static async Task<HttpStatusCode> PostAsync(WebApplication app, string text)
    {
        using var bot = new HttpClient { BaseAddress = AddressOf(app) };
        using var response = await bot.PostAsJsonAsync("api/messages", Inbound("message") with { Text = text }, ProtocolJson.Options, Cancel);
        return response.StatusCode;
    }

    private static Activity Inbound(string type) => new()
    {
        Type = type,
        Id = "activity-1",
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount("user-1", "Alex Wilber"),
        Recipient = new ChannelAccount("bot-1", "CouplingBot"),
        Conversation = new ConversationAccount("a:personal-chat-1") { ConversationType = "personal" },
    };

    // The bot in local mode, replying into the recording connector; "help" needs no service.
    private static async Task<WebApplication> StartBotAsync(RecordingConnector connector, string typingDelay)
    {
        string[] settings =
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=None",
            $"--Bot:TypingDelay={typingDelay}",
            "--BusinessCentral:ApiUrl=http://127.0.0.1:9/bc/v2.0/",
            "--BusinessCentral:Tenant=sandbox",
            "--Dataverse:Url=http://127.0.0.1:9/dataverse/",
            "--Storage:ConnectionString=UseDevelopmentStorage=true",
            "--Jobs:RunWorker=false",
            "--IncrementalSync:Enabled=false",
        ];
        var app = BotApp.Create(settings, builder =>
            builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => connector));
        await app.StartAsync(Cancel);
        return app;
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
