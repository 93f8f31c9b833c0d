using System.Diagnostics.Metrics;
using Azure.Core;
using CouplingBot.Bot.Auth;
using CouplingBot.Bot.Hosting;
using CouplingBot.Bot.Protocol;
using CouplingBot.Reliability.Tests.Suite;
using CouplingBot.Testing.Auth;
using CouplingBot.Testing.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Reliability.Tests.Auth;

/// <summary>
/// The bot with production authentication (<c>Bot:AppId</c> set, one allowed tenant) on a free loopback port: its
/// signing keys come from a <see cref="TestSigningAuthority"/>, its replies go to a <see cref="ConnectorRecorder"/>,
/// its turns are counted by a <see cref="TurnCounter"/> and its log goes to the suite's <c>auth-bot.log</c>.
/// </summary>
public sealed class ProductionBot : IAsyncLifetime
{
    /// <summary>The bot's app id: the audience every valid token names.</summary>
    public const string AppId = "3f6d2a91-5c47-4b8e-a0d3-7e19c4b2f865";

    /// <summary>Another bot's app id, for tokens replayed from it.</summary>
    public const string OtherBotAppId = "b81e0c57-29fa-4d63-9e4a-0c6f3d7a2b18";

    /// <summary>The one tenant allowed (<c>Bot:AllowedTenants</c>).</summary>
    public const string AllowedTenant = "6a0e3b7c-1f24-4d9a-8c55-b2e7f90d4a31";

    /// <summary>A tenant that is not allowed.</summary>
    public const string OtherTenant = "e4c2915d-7b08-4f3e-a6d1-58f0b3c9e27a";

    /// <summary>The Teams connector address activities carry.</summary>
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private WebApplication? _app;

    internal TestSigningAuthority Authority { get; } = new();

    internal ConnectorRecorder Connector { get; } = new();

    internal TurnCounter Turns { get; private set; } = null!;

    internal HttpClient Bot { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // Secrets the bot is given: registered so the suite's last test looks for them in every log.
        var appPassword = "auth-app-password-" + Guid.NewGuid().ToString("N");
        var connectorToken = "auth-connector-token-" + Guid.NewGuid().ToString("N");
        await KnownSecrets.RegisterAsync(appPassword);
        await KnownSecrets.RegisterAsync(connectorToken);
        var settings = ProductionBotSettings.For(AppId, AllowedTenant, appPassword, "--Logging:LogLevel:Default=Information");
        _app = BotApp.Create(settings, builder =>
        {
            builder.Logging.AddProvider(SuiteLogs.Provider("auth-bot"));

            // The connector token comes from this credential instead of Entra; the app password stays unused.
            var credential = DelegatedTokenCredential.Create((_, _) => new AccessToken(connectorToken, DateTimeOffset.UtcNow.AddHours(1)));
            builder.Services.AddSingleton(new ConnectorClientTokens(credential, TimeProvider.System));
            builder.Services.AddHttpClient(MetadataDocumentRetriever.HttpClientName).ConfigurePrimaryHttpMessageHandler(Authority.CreateHandler);
            builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(Connector.CreateHandler);
        });
        Turns = new TurnCounter(_app.Services.GetRequiredService<IMeterFactory>());
        await _app.StartAsync();
        Bot = new HttpClient { BaseAddress = WebAppAddress.Of(_app) };
    }

    public async ValueTask DisposeAsync()
    {
        Bot?.Dispose();
        Turns?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        Authority.Dispose();
    }
}
