using System.Globalization;
using System.Net.Http.Json;
using Azure.Data.Tables;
using CouplingBot.Reliability.Tests.Suite;
using CouplingBot.Sandbox.Control;
using CouplingBot.Testing;
using CouplingBot.Testing.Azurite;
using CouplingBot.Testing.Connector;
using CouplingBot.Testing.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Reliability.Tests.Concurrency;

/// <summary>
/// The whole product in this process, for the concurrency and outage tests: Azurite keeping its data in a folder, the
/// sandbox persisting to a folder on a fixed loopback port, the bot in local mode against both, and a fake connector for
/// its replies. Azurite and the sandbox can each be stopped and started again on the same port with their data, as a
/// real outage would leave them. Every host logs to the suite's logs (<see cref="SuiteLogs"/>).
/// </summary>
internal sealed partial class ProductStack : IAsyncDisposable
{
    private readonly string _name;
    private readonly string _folder;
    private readonly int _sandboxPort;
    private readonly List<JournalEntry> _stoppedJournals = [];

    private ProductStack(string name, string folder, int sandboxPort, AzuriteServer azurite, FakeConnector connector)
    {
        _name = name;
        _folder = folder;
        _sandboxPort = sandboxPort;
        Azurite = azurite;
        Connector = connector;
        SandboxUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{sandboxPort}/"));
        Sandbox = new HttpClient { BaseAddress = SandboxUrl };
    }

    /// <summary>Azurite (tables and queues).</summary>
    public AzuriteServer Azurite { get; }

    /// <summary>Where the bot posts its replies.</summary>
    public FakeConnector Connector { get; }

    /// <summary>The sandbox's root address; the same across restarts.</summary>
    public Uri SandboxUrl { get; }

    /// <summary>A client for the sandbox (both services and /_sandbox/).</summary>
    public HttpClient Sandbox { get; }

    /// <summary>The running sandbox, or null while it is stopped.</summary>
    public WebApplication? SandboxApp { get; private set; }

    /// <summary>The bot.</summary>
    public WebApplication BotApp { get; private set; } = null!;

    /// <summary>A client for the bot.</summary>
    public HttpClient Bot { get; private set; } = null!;

    /// <summary>The couplings table.</summary>
    public TableClient Couplings => new TableServiceClient(Azurite.ConnectionString).GetTableClient("Couplings");

    /// <summary>Starts everything; <paramref name="name"/> names the log files, <paramref name="botOverrides"/> are extra bot settings.</summary>
    public static async Task<ProductStack> StartAsync(string name, params string[] botOverrides)
    {
        var folder = Path.Combine(Path.GetTempPath(), "couplingbot-reliability", $"{name}-{Guid.NewGuid():N}");
        var azurite = await AzuriteServer.StartAsync(Path.Combine(folder, "azurite"));
        await KnownSecrets.RegisterAsync(AzuriteServer.AccountKey);
        var stack = new ProductStack(name, folder, FreePort.Next(), azurite, await FakeConnector.StartAsync());
        try
        {
            await stack.StartSandboxAsync();
            await stack.StartBotAsync(botOverrides);
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>A service of the bot's container (e.g. the incremental sync, the job queue).</summary>
    public T Service<T>()
        where T : notnull => BotApp.Services.GetRequiredService<T>();

    /// <summary>Starts the sandbox on its port with the data it had (the seed the first time).</summary>
    public async Task StartSandboxAsync()
    {
        var app = CouplingBot.Sandbox.SandboxApp.Create(
            ["--urls", SandboxUrl.ToString(), "--Logging:LogLevel:Default=Information", $"--Sandbox:DataPath={Path.Combine(_folder, "sandbox")}"],
            builder => Log(builder, $"{_name}-sandbox"));
        await app.StartAsync();
        SandboxApp = app;
    }

    /// <summary>Stops the sandbox: its port refuses connections until <see cref="StartSandboxAsync"/>.</summary>
    public async Task StopSandboxAsync()
    {
        if (SandboxApp is { } app)
        {
            SandboxApp = null;
            await app.StopAsync();
            _stoppedJournals.AddRange(app.Services.GetRequiredService<RequestJournal>().List());
            await app.DisposeAsync();
        }
    }

    /// <summary>Sends a message to the bot as the person in the personal chat; its replies reach <see cref="Connector"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(string text, CancellationToken cancellationToken = default) =>
        await Bot.PostAsJsonAsync("api/messages", Activities.Message(Connector.ServiceUrl, text), cancellationToken);

    /// <summary>Taps a card button (Action.Execute with the verb and data); the raw HTTP answer.</summary>
    public async Task<HttpResponseMessage> TapAsync(string verb, object data, CancellationToken cancellationToken = default) =>
        await Bot.PostAsJsonAsync("api/messages", Activities.CardAction(Connector.ServiceUrl, verb, data), cancellationToken);

    private async Task StartBotAsync(string[] overrides)
    {
        string[] settings =
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Information",
            .. LocalServiceSettings.For(SandboxUrl, Azurite.ConnectionString),
            "--IncrementalSync:Enabled=false",
            .. overrides,
        ];
        BotApp = CouplingBot.Bot.Hosting.BotApp.Create(settings, builder => Log(builder, $"{_name}-bot"));
        await BotApp.StartAsync();
        Bot = new HttpClient { BaseAddress = WebAppAddress.Of(BotApp) };
    }

    // Only the suite's log file: it is scanned for secrets after the run.
    private static void Log(WebApplicationBuilder builder, string name)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(SuiteLogs.Provider(name));
    }

    /// <summary>Stops everything and deletes the data folders.</summary>
    public async ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        Bot?.Dispose();
        if (BotApp is not null)
        {
            await BotApp.StopAsync();
            await BotApp.DisposeAsync();
        }

        await StopSandboxAsync();
        await Connector.DisposeAsync();
        await Azurite.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the system.
        }
    }
}
