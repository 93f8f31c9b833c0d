using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Engine.Tests.Clients.Changes;

/// <summary>
/// A webhook receiver on a free port that passes Business Central's validation handshake (200 with the
/// <c>validationToken</c> as plain text), so subscriptions can be created and renewed against it.
/// </summary>
public sealed class NotificationReceiver : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri NotificationUrl { get; private set; } = new("http://127.0.0.1/");

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        _app = builder.Build();
        _app.MapPost("/notifications", (HttpRequest request) => request.Query["validationToken"] is { Count: 1 } token
            ? Results.Text(token.ToString(), "text/plain")
            : Results.Accepted());
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        NotificationUrl = new Uri(address + "/notifications");
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
