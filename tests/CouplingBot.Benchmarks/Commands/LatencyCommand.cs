using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using CouplingBot.Benchmarks.Harness;
using CouplingBot.Cards.Actions;
using CouplingBot.Testing.Azurite;
using CouplingBot.Testing.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Benchmarks.Commands;

/// <summary>
/// Bot turn latency against the local stack, all in this process as the end-to-end tests start it: Azurite, the
/// sandbox (service protection off, so 1,000s of turns are not throttled), the bot in local mode and a tiny Bot
/// Connector stand-in. Measures "couple customer &lt;no&gt;" -&gt; card and Action.Execute -&gt; replaced card.
/// </summary>
internal static class LatencyCommand
{
    private static readonly string[] Customers = ["10000", "20000", "30000", "40000", "50000", "60000", "70000", "80000", "90000"];
    private static readonly TimeSpan CardTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Measures <paramref name="turns"/> turns of each kind after <paramref name="warmUp"/> unmeasured ones.</summary>
    public static async Task<LatencyFigures> RunAsync(int turns, int warmUp, CancellationToken cancellationToken)
    {
        await using var azurite = await AzuriteServer.StartAsync(cancellationToken);
        await using var sandbox = await StartAsync(CouplingBot.Sandbox.SandboxApp.Create(
            ["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
             "--Sandbox:Limits:Dataverse:Enabled=false", "--Sandbox:Limits:BusinessCentral:Enabled=false"]), cancellationToken);
        var sandboxUrl = AddressOf(sandbox.App);
        var posted = Channel.CreateUnbounded<JsonElement>();
        await using var connector = await StartAsync(Connector(posted.Writer), cancellationToken);
        await using var bot = await StartAsync(CouplingBot.Bot.Hosting.BotApp.Create(
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. LocalServiceSettings.For(sandboxUrl, azurite.ConnectionString),
            "--IncrementalSync:Enabled=false",
            "--Bot:TypingDelay=-00:00:00.001",
            .. ScaledLimits.EngineArguments(null), // the sandbox enforces no limits: no pacing either
        ]), cancellationToken);
        using var http = new HttpClient { BaseAddress = AddressOf(bot.App), Timeout = CardTimeout };
        var serviceUrl = AddressOf(connector.App);

        var message = new List<double>(turns);
        var execute = new List<double>(turns);
        var failed = 0;
        for (var i = 0; i < warmUp + turns; i++)
        {
            var number = Customers[i % Customers.Length];
            var (messageMs, messageOk) = await MessageTurnAsync(http, serviceUrl, posted.Reader, number, cancellationToken);
            var (executeMs, executeOk) = await ExecuteTurnAsync(http, serviceUrl, number, cancellationToken);
            if (i < warmUp)
            {
                continue;
            }

            failed += (messageOk ? 0 : 1) + (executeOk ? 0 : 1);
            message.Add(messageMs);
            execute.Add(executeMs);
        }

        return new LatencyFigures(turns, LatencyFigures.Percentiles(message), LatencyFigures.Percentiles(execute), failed);
    }

    // From posting the message until the bot's card reaches the connector.
    private static async Task<(double Ms, bool Ok)> MessageTurnAsync(
        HttpClient bot, Uri serviceUrl, ChannelReader<JsonElement> posted, string number, CancellationToken cancellationToken)
    {
        while (posted.TryRead(out _))
        {
        }

        var clock = Stopwatch.StartNew();
        using var response = await bot.PostAsJsonAsync("api/messages", Activity(serviceUrl, "message", a => a["text"] = $"couple customer {number}"), cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CardTimeout);
        while (true)
        {
            var activity = await posted.ReadAsync(timeout.Token);
            if (activity.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0)
            {
                return (clock.Elapsed.TotalMilliseconds, response.IsSuccessStatusCode);
            }
        }
    }

    // The invoke's round trip: its response carries the replacing card.
    private static async Task<(double Ms, bool Ok)> ExecuteTurnAsync(HttpClient bot, Uri serviceUrl, string number, CancellationToken cancellationToken)
    {
        var invoke = Activity(serviceUrl, "invoke", a =>
        {
            a["name"] = "adaptiveCard/action";
            a["replyToId"] = "card-activity-1";
            a["value"] = new { action = new { type = "Action.Execute", verb = CardVerbs.ShowSetUpCoupling, data = new { customerNumber = number } }, trigger = "manual" };
        });
        var clock = Stopwatch.StartNew();
        using var response = await bot.PostAsJsonAsync("api/messages", invoke, cancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var isCard = body.TryGetProperty("type", out var type) && type.GetString() == "application/vnd.microsoft.card.adaptive";
        return (elapsed, response.IsSuccessStatusCode && isCard);
    }

    private static Dictionary<string, object?> Activity(Uri serviceUrl, string type, Action<Dictionary<string, object?>> fill)
    {
        var activity = new Dictionary<string, object?>
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new { id = "user-1", name = "Benchmark User" },
            ["recipient"] = new { id = "bot-1", name = "CouplingBot" },
            ["conversation"] = new { id = "a:benchmark-chat", conversationType = "personal" },
        };
        fill(activity);
        return activity;
    }

    // The Bot Connector's reply endpoint: takes every posted activity and answers an id.
    private static WebApplication Connector(ChannelWriter<JsonElement> posted)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            await posted.WriteAsync(activity);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        return app;
    }

    private static async Task<RunningApp> StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        await app.StartAsync(cancellationToken);
        return new RunningApp(app);
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");

    /// <summary>Stops and disposes a started web app.</summary>
    private sealed class RunningApp(WebApplication app) : IAsyncDisposable
    {
        public WebApplication App { get; } = app;

        public async ValueTask DisposeAsync()
        {
            await App.StopAsync(CancellationToken.None);
            await App.DisposeAsync();
        }
    }
}
