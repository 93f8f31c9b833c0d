using CouplingBot.Bot.Auth;
using CouplingBot.Bot.Hosting;
using CouplingBot.Bot.Protocol;
using CouplingBot.Bot.Tests.Protocol;
using CouplingBot.Testing.Auth;
using CouplingBot.Testing.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Bot.Tests.Auth;

/// <summary>
/// The bot in production mode (Bot:AppId set) on a free loopback port, reading its signing keys
/// from a <see cref="TestSigningAuthority"/> and replying into a recording connector.
/// </summary>
public sealed class ProductionBotFixture : IAsyncLifetime
{
    public const string AppId = "5b7c1f0e-2c1d-4c5e-9a0f-6d2b8e1a4c77";
    public const string AllowedTenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string OtherTenant = "0d3c6e24-91b5-4e0f-8c1a-5f2e7b9d3a10";

    /// <summary>The one app allowed to call the bot with an Entra token (<c>Bot:AllowedCallerAppIds</c>).</summary>
    public const string CallerAppId = "9a1e4c2b-7d35-4f08-b6e2-3c5d8f0a7e19";

    private WebApplication? _app;

    internal TestSigningAuthority Authority { get; } = new();

    /// <summary>What the bot sent to the connector.</summary>
    internal ConnectorRecorder Connector { get; } = new();

    /// <summary>The paths the bot posted to on the connector.</summary>
    internal IEnumerable<string> ConnectorPosts => Connector.Paths;

    internal HttpClient Bot { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // A credential is required with an app id; the token cache below stands in for Entra, so the password is never used.
        var settings = ProductionBotSettings.For(AppId, AllowedTenant, "not-a-real-secret",
            "--Logging:LogLevel:Default=Warning", $"--Bot:AllowedCallerAppIds:0={CallerAppId}");
        _app = BotApp.Create(settings, builder =>
        {
            builder.Services.AddSingleton(new ConnectorClientTokens(new CountingCredential(TimeProvider.System, TimeSpan.FromHours(1)), TimeProvider.System));
            builder.Services.AddHttpClient(MetadataDocumentRetriever.HttpClientName).ConfigurePrimaryHttpMessageHandler(Authority.CreateHandler);
            builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(Connector.CreateHandler);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Bot = new HttpClient { BaseAddress = new Uri(address) };
    }

    public async ValueTask DisposeAsync()
    {
        Bot?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Authority.Dispose();
    }
}
