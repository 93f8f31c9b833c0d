using CouplingBot.Benchmarks.Report;
using CouplingBot.Testing.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>
/// What the measured syncs run against, all started here on free loopback ports: Azurite, a sandbox without service
/// protection (request counts and speed) and, per strategy, one enforcing that strategy's <see cref="ScaledLimits"/>.
/// </summary>
internal sealed class BenchmarkStack : IAsyncDisposable
{
    private readonly WebApplication[] _apps;
    private readonly Dictionary<string, SandboxClient> _limited;

    private BenchmarkStack(AzuriteServer azurite, WebApplication open, IReadOnlyDictionary<string, (WebApplication App, ServiceBudgets Budgets)> limited)
    {
        Azurite = azurite;
        _apps = [open, .. limited.Values.Select(l => l.App)];
        Open = new SandboxClient(AddressOf(open));
        _limited = limited.ToDictionary(l => l.Key, l => new SandboxClient(AddressOf(l.Value.App)) { Budgets = l.Value.Budgets });
    }

    /// <summary>Azure Storage (tables and queues).</summary>
    public AzuriteServer Azurite { get; }

    /// <summary>The sandbox with service protection off.</summary>
    public SandboxClient Open { get; }

    /// <summary>Starts Azurite and the sandboxes; <paramref name="batchedWindow"/>: see <see cref="ScaledLimits.For"/>.</summary>
    public static async Task<BenchmarkStack> StartAsync(TimeSpan batchedWindow, CancellationToken cancellationToken)
    {
        var azurite = await AzuriteServer.StartAsync(cancellationToken);
        var open = await StartSandboxAsync(["--Sandbox:Limits:Dataverse:Enabled=false", "--Sandbox:Limits:BusinessCentral:Enabled=false"], cancellationToken);
        var limited = new Dictionary<string, (WebApplication, ServiceBudgets)>();
        foreach (var strategy in Strategy.Both)
        {
            var budgets = ScaledLimits.For(strategy, batchedWindow);
            limited[strategy] = (await StartSandboxAsync(ScaledLimits.SandboxArguments(budgets), cancellationToken), budgets);
        }

        return new BenchmarkStack(azurite, open, limited);
    }

    /// <summary>The sandbox enforcing <paramref name="strategy"/>'s scaled-down limits.</summary>
    public SandboxClient Limited(string strategy) => _limited[strategy];

    /// <summary>
    /// The engine settings of a sync against <paramref name="sandbox"/>: its own couplings and watermark tables, its own
    /// job queue, the scheduler off, the strategy, and the engine paced to the budgets the sandbox enforces (none: off).
    /// </summary>
    public IReadOnlyList<string> EngineSettings(SandboxClient sandbox, string tables, string strategy, bool runWorker) =>
    [
        $"--BusinessCentral:ApiUrl={sandbox.BaseAddress}bc/v2.0/",
        "--BusinessCentral:Tenant=sandbox",
        "--BusinessCentral:Environment=production",
        "--BusinessCentral:CompanyName=CRONUS UK Ltd.",
        $"--Dataverse:Url={sandbox.BaseAddress}dataverse/",
        $"--Storage:ConnectionString={Azurite.ConnectionString}",
        $"--Storage:CouplingsTable={tables}Couplings",
        $"--IncrementalSync:WatermarksTable={tables}Watermarks",
        "--IncrementalSync:Enabled=false",
        $"--Jobs:QueueName={tables.ToLowerInvariant()}-jobs",
        $"--Jobs:RunWorker={runWorker}",
        "--Jobs:PollInterval=00:00:00.100",
        $"--Sync:Strategy={strategy}",
        "--Logging:LogLevel:Default=Warning",
        .. ScaledLimits.EngineArguments(sandbox.Budgets),
    ];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Open.Dispose();
        foreach (var sandbox in _limited.Values)
        {
            sandbox.Dispose();
        }

        foreach (var app in _apps)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }

        await Azurite.DisposeAsync();
    }

    private static async Task<WebApplication> StartSandboxAsync(IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        var app = CouplingBot.Sandbox.SandboxApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. settings]);
        await app.StartAsync(cancellationToken);
        return app;
    }

    private static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");
}
