using Azure.Data.Tables;
using CouplingBot.Bot.Hosting;
using CouplingBot.Bot.Protocol;
using CouplingBot.Reliability.Tests.Suite;
using CouplingBot.Testing.Azurite;
using CouplingBot.Testing.Connector;
using CouplingBot.Testing.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Reliability.Tests.BadInput;

/// <summary>
/// The whole product in this process, in local mode, on free loopback ports: Azurite, the sandbox and the bot
/// against both. Replies go to a <see cref="ConnectorRecorder"/>; the bot's and the sandbox's logs go to the suite's
/// <c>badinput-*.log</c>, and the bot's errors with an exception to <see cref="Errors"/>.
/// </summary>
public sealed class LocalProduct : IAsyncLifetime
{
    /// <summary>The serviceUrl inbound activities carry: loopback (local mode demands it), answered by the recorder.</summary>
    public static readonly Uri ServiceUrl = new("http://127.0.0.1:9/");

    private AzuriteServer? _azurite;
    private WebApplication? _sandbox;
    private WebApplication? _bot;

    internal ConnectorRecorder Connector { get; } = new();

    internal ErrorLog Errors { get; } = new();

    internal HttpClient Bot { get; private set; } = null!;

    /// <summary>The couplings table.</summary>
    internal TableClient Couplings => new TableServiceClient(_azurite!.ConnectionString).GetTableClient("Couplings");

    public async ValueTask InitializeAsync()
    {
        await KnownSecrets.RegisterAsync(AzuriteServer.AccountKey);
        _azurite = await AzuriteServer.StartAsync(TestContext.Current.CancellationToken);
        _sandbox = CouplingBot.Sandbox.SandboxApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Information"]);
        _sandbox.Services.GetRequiredService<ILoggerFactory>().AddProvider(SuiteLogs.Provider("badinput-sandbox"));
        await _sandbox.StartAsync();
        var sandboxUrl = WebAppAddress.Of(_sandbox);
        string[] settings =
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Information",
            "--Bot:TypingDelay=-00:00:00.001",
            .. LocalServiceSettings.For(sandboxUrl, _azurite.ConnectionString),
        ];
        _bot = BotApp.Create(settings, builder =>
        {
            builder.Logging.AddProvider(SuiteLogs.Provider("badinput-bot")).AddProvider(Errors);
            builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(Connector.CreateHandler);
        });
        await _bot.StartAsync();
        // A request sent with Expect: 100-continue holds its body back until the bot answers; by default only for a
        // second, which a cold first request on a busy machine can take, and then the body goes out unasked.
        var handler = new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(60) };
        Bot = new HttpClient(handler) { BaseAddress = WebAppAddress.Of(_bot), Timeout = TimeSpan.FromSeconds(60) };
    }

    public async ValueTask DisposeAsync()
    {
        Bot?.Dispose();
        foreach (var app in new[] { _bot, _sandbox })
        {
            if (app is not null)
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
