using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Jobs;
using CouplingBot.Reliability.Tests.Suite;
using CouplingBot.Testing.Azurite;
using CouplingBot.Testing.Connector;
using CouplingBot.Testing.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Reliability.Tests.Faults;

/// <summary>
/// What the faults test runs against, in this process on free loopback ports: Azurite, the sandbox (service
/// protection off: the faults are injected on purpose) and the engine without a worker (couplings store and job
/// queue) for seeding and enqueuing. <see cref="WorkerSettings"/> points a worker process at the same services.
/// </summary>
internal sealed class FaultsStack : IAsyncDisposable
{
    private readonly WebApplication _sandbox;
    private readonly ServiceProvider _engine;

    private FaultsStack(AzuriteServer azurite, WebApplication sandbox, Uri sandboxUrl, ServiceProvider engine)
    {
        Azurite = azurite;
        _sandbox = sandbox;
        SandboxUrl = sandboxUrl;
        Sandbox = new SandboxControl(sandboxUrl);
        _engine = engine;
    }

    /// <summary>Azure Storage (tables and queues).</summary>
    public AzuriteServer Azurite { get; }

    /// <summary>The sandbox's root address.</summary>
    public Uri SandboxUrl { get; }

    /// <summary>The sandbox's control endpoints and full reads.</summary>
    public SandboxControl Sandbox { get; }

    /// <summary>The couplings, through the engine's store.</summary>
    public ICouplingStore Couplings => _engine.GetRequiredService<ICouplingStore>();

    /// <summary>The job queue and job rows, through the engine.</summary>
    public IJobQueue Jobs => _engine.GetRequiredService<IJobQueue>();

    /// <summary>Starts Azurite and the sandbox, and builds the engine against them (every log to the suite's logs).</summary>
    public static async Task<FaultsStack> StartAsync(CancellationToken cancellationToken)
    {
        var azurite = await AzuriteServer.StartAsync(cancellationToken);
        await KnownSecrets.RegisterAsync(AzuriteServer.AccountKey);
        var sandbox = CouplingBot.Sandbox.SandboxApp.Create(
            [
                "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Information",
                "--Sandbox:Limits:Dataverse:Enabled=false", "--Sandbox:Limits:BusinessCentral:Enabled=false",
            ],
            builder => builder.Logging.AddProvider(SuiteLogs.Provider("faults-sandbox")));
        await sandbox.StartAsync(cancellationToken);
        var sandboxUrl = WebAppAddress.Of(sandbox);
        var configuration = new ConfigurationBuilder().AddCommandLine([.. LocalServiceSettings.For(sandboxUrl, azurite.ConnectionString), "--Jobs:RunWorker=false"]).Build();
        var engine = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Information).AddProvider(SuiteLogs.Provider("faults-engine")))
            .AddCouplingEngine().AddCouplingJobs().BuildServiceProvider();
        return new FaultsStack(azurite, sandbox, sandboxUrl, engine);
    }

    /// <summary>
    /// The settings of a worker process against this stack. Besides the services: the worker on, incremental sync off
    /// (only the job writes), pacing off (the sandbox enforces no limits here), and the fault timings scaled down so a
    /// faulty 5,000-record job takes minutes: <c>Retry-After</c> capped at 50 ms, attempts abandoned after 2 s (an
    /// injected timeout hangs until then; a batch of 50 writes can take a good part of a second on a busy machine), the message hidden for 5 s (a killed worker's job comes back 5 s after its
    /// last renewal), and 200 ms instead of 30 s before a job paused by a dropped connection (an outage to the job
    /// runner) runs its item again. Chunks of 50 records (the default is 1,000): the job is 100 chunks of a few batched
    /// requests each, so the kills land mid-job and each kind of fault gets requests to hit.
    /// </summary>
    public IReadOnlyList<string> WorkerSettings() =>
    [
        .. LocalServiceSettings.For(SandboxUrl, Azurite.ConnectionString),
        "--Logging:LogLevel:Default=Information",
        "--Jobs:RunWorker=true",
        "--Jobs:VisibilityTimeout=00:00:05",
        "--Jobs:PollInterval=00:00:00.200",
        "--Jobs:UnreachableRetryDelay=00:00:00.200",
        "--Jobs:ChunkSize=50",
        "--IncrementalSync:Enabled=false",
        .. Scaled("BusinessCentral"),
        .. Scaled("Dataverse"),
    ];

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        await _engine.DisposeAsync();
        await _sandbox.StopAsync(CancellationToken.None);
        await _sandbox.DisposeAsync();
        await Azurite.DisposeAsync();
    }

    private static string[] Scaled(string service) =>
    [
        $"--{service}:RequestsPerWindow=0",
        $"--{service}:MaxRetryDelay=00:00:00.050",
        $"--{service}:BaseRetryDelay=00:00:00.020",
        $"--{service}:AttemptTimeout=00:00:02",
    ];
}
