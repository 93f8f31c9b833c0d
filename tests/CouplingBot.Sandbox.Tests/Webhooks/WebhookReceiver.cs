using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Sandbox.Tests.Webhooks;

/// <summary>
/// A small Kestrel app on 127.0.0.1:0 standing in for a webhook subscriber: echoes the validation token (unless told
/// not to), records notification bodies, and answers them with <see cref="NotificationStatus"/>.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private int _handshakes;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>The notification URL.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>When false, the handshake answers a wrong token.</summary>
    public bool EchoToken { get; set; } = true;

    /// <summary>Status answered to notifications.</summary>
    public int NotificationStatus { get; set; } = 200;

    /// <summary>Handshakes seen.</summary>
    public int Handshakes => Volatile.Read(ref _handshakes);

    /// <summary>Starts the receiver.</summary>
    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            if (context.Request.Query.TryGetValue("validationToken", out var token))
            {
                Interlocked.Increment(ref receiver._handshakes);
                await context.Response.WriteAsync(receiver.EchoToken ? token.ToString() : "wrong");
                return;
            }

            var body = await JsonNode.ParseAsync(context.Request.Body);
            receiver._notifications.Writer.TryWrite(body!.AsObject());
            context.Response.StatusCode = receiver.NotificationStatus;
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hook");
        return receiver;
    }

    /// <summary>The next notification body, or null when none arrives within <paramref name="timeout"/>.</summary>
    public async Task<JsonObject?> NextAsync(TimeSpan timeout)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(timeout);
        try
        {
            return await _notifications.Reader.ReadAsync(cancel.Token);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
