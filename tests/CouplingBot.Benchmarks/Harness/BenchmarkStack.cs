using CouplingBot.Testing.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>
/// What the measured syncs run against, all started here on free loopback ports: Azurite, a sandbox without service
/// protection (request counts and speed) and one with <see cref="ScaledLimits"/> enforced.
/// </summary>
internal sealed class BenchmarkStack : IAsyncDisposable
{
    private readonly WebApplication _open;
    private readonly WebApplication _limited;

    private BenchmarkStack(AzuriteServer azurite, WebApplication open, WebApplication limited)
    {
        Azurite = azurite;
        _open = open;
        _limited = limited;
        Open = new SandboxClient(AddressOf(open));
        Limited = new SandboxClient(AddressOf(limited));
    }

    /// <summary>Azure Storage (tables and queues).</summary>
    public AzuriteServer Azurite { get; }

    /// <summary>The sandbox with service protection off.</summary>
    public SandboxClient Open { get; }

    /// <summary>The sandbox with the scaled-down limits on.</summary>
    public SandboxClient Limited { get; }

    /// <summary>Starts Azurite and both sandboxes.</summary>
    public static async Task<BenchmarkStack> StartAsync(CancellationToken cancellationToken)
    {
        var azurite = await AzuriteServer.StartAsync(cancellationToken);
        var open = await StartSandboxAsync(["--Sandbox:Limits:Dataverse:Enabled=false", "--Sandbox:Limits:BusinessCentral:Enabled=false"], cancellationToken);
        var limited = await StartSandboxAsync(ScaledLimits.SandboxArguments, cancellationToken);
        return new BenchmarkStack(azurite, open, limited);
    }

    /// <summary>
    /// The engine settings of a sync against <paramref name="sandbox"/>: its own couplings and watermark tables, its own
    /// job queue, the scheduler off, and the strategy.
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
    ];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Open.Dispose();
        Limited.Dispose();
        foreach (var app in new[] { _open, _limited })
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
