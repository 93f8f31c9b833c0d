using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Bot.Hosting;
using CouplingBot.Bot.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using ProtocolActivity = CouplingBot.Bot.Protocol.Activity;

namespace CouplingBot.Bot.Tests.Hosting;

public sealed class BotTelemetryTests
{
    private const string ServiceUrl = "http://127.0.0.1:9/connector/";

    [Fact]
    public async Task Turn_Message_ProducesSpanAndCountsTurn_WithoutUserText()
    {
        var spans = new List<System.Diagnostics.Activity>();
        var metrics = new List<Metric>();
        await using var app = await StartBotAsync(spans, metrics);
        using var bot = new HttpClient { BaseAddress = AddressOf(app) };

        using var response = await bot.PostAsJsonAsync("api/messages", Message("help"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A snapshot: ASP.NET Core's request span may still be exported after the response arrives.
        var turn = Assert.Single(spans.ToArray(), s => s.Source.Name == BotTelemetry.SourceName);
        Assert.Equal("message", turn.GetTagItem(BotTelemetry.ActivityTypeTag));
        Assert.Equal("help", turn.GetTagItem(BotTelemetry.CommandTag));
        Assert.Equal("ok", turn.GetTagItem(BotTelemetry.StatusTag));
        Assert.DoesNotContain(turn.TagObjects, t => t.Value is string s && s.Contains("Alex", StringComparison.Ordinal));

        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        var turns = Assert.Single(metrics, m => m.Name == BotTelemetry.TurnsCounter);
        Assert.Equal(1, SumOf(turns));
    }

    [Fact]
    public void TagsOf_Message_IsTheCommandKindNotTheText()
    {
        var tags = BotTelemetry.TagsOf(new ProtocolActivity { Type = "message", Text = "couple customer 10000" });

        Assert.Equal("couple", tags.Single(t => t.Key == BotTelemetry.CommandTag).Value);
        Assert.DoesNotContain(tags, t => t.Value is string s && s.Contains("10000", StringComparison.Ordinal));
    }

    [Fact]
    public void TagsOf_CardActionWithFreeText_KeepsOnlyIdentifiers()
    {
        var value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb = "my secret text: 10000", data = new { customerNumber = "10000" } } });

        var tags = BotTelemetry.TagsOf(new ProtocolActivity { Type = "invoke", Name = "adaptiveCard/action", Value = value }).ToDictionary(t => t.Key, t => t.Value);

        Assert.Equal("invoke", tags[BotTelemetry.ActivityTypeTag]);
        Assert.Equal("adaptiveCard/action", tags[BotTelemetry.InvokeNameTag]);
        Assert.Equal("other", tags[BotTelemetry.VerbTag]);
    }

    [Theory]
    [InlineData("sync.now", "sync.now")]
    [InlineData(null, "none")]
    public void TagsOf_CardActionVerb_IsTagged(string? verb, string expected)
    {
        var value = JsonSerializer.SerializeToElement(new { action = new { type = "Action.Execute", verb } });

        var tags = BotTelemetry.TagsOf(new ProtocolActivity { Type = "invoke", Name = "adaptiveCard/action", Value = value }).ToDictionary(t => t.Key, t => t.Value);

        Assert.Equal(expected, tags[BotTelemetry.VerbTag]);
    }

    [Fact]
    public void TagsOf_UnknownActivityType_IsOther()
    {
        var tags = BotTelemetry.TagsOf(new ProtocolActivity { Type = "whatever the sender typed" });

        Assert.Equal("other", Assert.Single(tags).Value);
    }

    private static long SumOf(Metric metric)
    {
        long sum = 0;
        foreach (ref readonly var point in metric.GetMetricPoints())
        {
            sum += point.GetSumLong();
        }

        return sum;
    }

    private static Dictionary<string, object?> Message(string text) => new()
    {
        ["type"] = "message",
        ["id"] = "activity-1",
        ["text"] = text,
        ["serviceUrl"] = ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new { id = "user-1", name = "Alex Wilber" },
        ["recipient"] = new { id = "bot-1", name = "CouplingBot" },
        ["conversation"] = new { id = "a:personal-chat-1", conversationType = "personal" },
    };

    // The bot in local mode, replying into a connector that answers 200; "help" needs no service.
    private static async Task<WebApplication> StartBotAsync(List<System.Diagnostics.Activity> spans, List<Metric> metrics)
    {
        string[] settings =
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=None",
            "--BusinessCentral:ApiUrl=http://127.0.0.1:9/bc/v2.0/",
            "--BusinessCentral:Tenant=sandbox",
            "--BusinessCentral:MaxRetries=0",
            "--Dataverse:Url=http://127.0.0.1:9/dataverse/",
            "--Dataverse:MaxRetries=0",
            "--Storage:ConnectionString=UseDevelopmentStorage=true",
            "--Jobs:RunWorker=false",
            "--IncrementalSync:Enabled=false",
        ];
        var app = BotApp.Create(settings, builder =>
        {
            builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new AcceptingConnector());
            builder.Services.AddOpenTelemetry()
                .WithTracing(t => t.AddInMemoryExporter(spans))
                .WithMetrics(m => m.AddInMemoryExporter(metrics));
        });
        await app.StartAsync();
        return app;
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    private sealed class AcceptingConnector : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"id":"reply-1"}""") });
    }
}
