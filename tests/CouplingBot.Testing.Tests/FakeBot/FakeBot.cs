using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Testing.Tests.FakeBot;

/// <summary>
/// A minimal bot on a free loopback port. A message "x" gets the reply "echo: x" and a card titled
/// "Card for x"; a submit gets "submitted: {value}"; an <c>adaptiveCard/action</c> invoke answers with
/// a card titled "Pressed {verb}: pick={pick}, flag={flag}" that replaces the pressed one.
/// </summary>
internal sealed partial class FakeBot : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _connector = new();

    private FakeBot(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Every activity the bot received, in order.</summary>
    public ConcurrentQueue<JsonObject> Received { get; } = new();

    public static async Task<FakeBot> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bot = new FakeBot(app);
        app.MapMethods("/api/messages", ["HEAD"], () => Results.Ok());
        app.MapPost("/api/messages", (HttpRequest request, CancellationToken ct) => bot.HandleAsync(request, ct));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        bot.Endpoint = new Uri(new Uri(address), "/api/messages");
        return bot;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _connector.Dispose();
    }

    private async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) is not JsonObject activity
            || activity["type"]?.GetValue<string>() is not { } type)
        {
            return Results.BadRequest();
        }

        Received.Enqueue(activity);
        switch (type)
        {
            case "invoke" when activity["name"]?.GetValue<string>() == "adaptiveCard/action":
                var data = activity["value"]?["action"]?["data"];
                var title = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Pressed {activity["value"]?["action"]?["verb"]}: pick={data?["pick"]}, flag={data?["flag"]}");
                return Results.Json(FakeBotCards.InvokeResponse(FakeBotCards.Card(title)));
            case "invoke":
                return Results.Json(new JsonObject { ["status"] = 501 }, statusCode: 501);
            case "message" when activity["value"] is JsonObject value:
                await ReplyAsync(activity, new JsonObject { ["type"] = "message", ["text"] = "submitted: " + value.ToJsonString() }, cancellationToken);
                return Results.Ok();
            case "message":
                var text = Mention().Replace(activity["text"]?.GetValue<string>() ?? "", "").Trim();
                await ReplyAsync(activity, new JsonObject { ["type"] = "message", ["text"] = "echo: " + text }, cancellationToken);
                await ReplyAsync(
                    activity,
                    new JsonObject { ["type"] = "message", ["attachments"] = new JsonArray { FakeBotCards.Attachment(FakeBotCards.Card("Card for " + text)) } },
                    cancellationToken);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private async Task ReplyAsync(JsonObject inbound, JsonObject reply, CancellationToken cancellationToken)
    {
        var conversationId = inbound["conversation"]!["id"]!.GetValue<string>();
        var activityId = inbound["id"]!.GetValue<string>();
        reply["from"] = inbound["recipient"]?.DeepClone();
        reply["recipient"] = inbound["from"]?.DeepClone();
        reply["conversation"] = inbound["conversation"]?.DeepClone();
        reply["replyToId"] = activityId;
        var serviceUrl = inbound["serviceUrl"]!.GetValue<string>().TrimEnd('/');
        var url = $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        using var response = await _connector.PostAsJsonAsync(url, reply, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex("<at>.*?</at>")]
    private static partial Regex Mention();
}
