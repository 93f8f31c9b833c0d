using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Testing.Connector;

/// <summary>
/// A Bot Connector stand-in on a loopback port: it accepts what the bot posts and lets a test wait
/// for it. For tests that drive /api/messages directly; the playground tests use the real client.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<JsonElement> _posted = Channel.CreateUnbounded<JsonElement>();
    private readonly ConcurrentQueue<JsonElement> _all = new();
    private int _typing;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on inbound activities.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Everything posted so far, but typing indicators.</summary>
    public IReadOnlyCollection<JsonElement> All => _all;

    /// <summary>How many typing indicators were posted.</summary>
    public int TypingIndicators => Volatile.Read(ref _typing);

    /// <summary>Starts the connector on a free loopback port.</summary>
    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId?}", async (HttpRequest request) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
            if (activity.TryGetProperty("type", out var type) && type.GetString() == "typing")
            {
                // Slow answers show the typing indicator first; like the Teams client, this keeps it out of the messages.
                Interlocked.Increment(ref connector._typing);
                return Results.Json(new { id = Guid.NewGuid().ToString("N") });
            }

            connector._all.Enqueue(activity);
            await connector._posted.Writer.WriteAsync(activity);
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        connector.ServiceUrl = WebAppAddress.Of(app);
        return connector;
    }

    /// <summary>The next activity the bot posts (waits up to 10 s).</summary>
    public async Task<JsonElement> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _posted.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Forgets what was posted.</summary>
    public void Clear()
    {
        while (_posted.Reader.TryRead(out _))
        {
        }

        _all.Clear();
    }

    /// <summary>Stops the connector.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
