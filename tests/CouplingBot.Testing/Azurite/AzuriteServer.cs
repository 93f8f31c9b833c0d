using System.Globalization;
using CouplingBot.Testing.Processes;

namespace CouplingBot.Testing.Azurite;

/// <summary>
/// Azurite's table and queue services, in memory (or in a folder, see <see cref="StartAsync(string, CancellationToken)"/>),
/// on free loopback ports. Each instance is independent, so tests can run several side by side. Disposing stops both
/// processes. <see cref="StopAsync"/> and <see cref="RestartAsync"/> simulate an outage: same ports, and with a folder,
/// the same data.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>The well-known account of the Azure storage emulators.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The well-known key of <see cref="AccountName"/> (public, emulator only).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(15);
    private readonly int _tablePort;
    private readonly int _queuePort;
    private readonly string? _location;
    private ChildProcess? _table;
    private ChildProcess? _queue;

    private AzuriteServer(int tablePort, int queuePort, string? location)
    {
        _tablePort = tablePort;
        _queuePort = queuePort;
        _location = location;
        TableEndpoint = Endpoint(tablePort);
        QueueEndpoint = Endpoint(queuePort);
    }

    /// <summary>The table service, e.g. http://127.0.0.1:50123/devstoreaccount1.</summary>
    public Uri TableEndpoint { get; }

    /// <summary>The queue service, e.g. http://127.0.0.1:50124/devstoreaccount1.</summary>
    public Uri QueueEndpoint { get; }

    /// <summary>A full storage connection string for both services (works with TableServiceClient and QueueServiceClient).</summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};"
        + $"TableEndpoint={TableEndpoint};QueueEndpoint={QueueEndpoint};";

    /// <summary>Starts both services, in memory, and waits (up to 60 s) until they accept connections.</summary>
    /// <exception cref="TimeoutException">A service did not listen in time; the message holds its output.</exception>
    public static Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default) => StartAsync(null, cancellationToken);

    /// <summary>
    /// Starts both services keeping their data in <paramref name="location"/> (a folder; null: in memory), so the data
    /// outlives <see cref="StopAsync"/> and <see cref="RestartAsync"/>.
    /// </summary>
    /// <exception cref="TimeoutException">A service did not listen in time; the message holds its output.</exception>
    public static async Task<AzuriteServer> StartAsync(string? location, CancellationToken cancellationToken = default)
    {
        if (location is not null)
        {
            Directory.CreateDirectory(location);
        }

        var server = new AzuriteServer(FreePort.Next(), FreePort.Next(), location);
        await server.RestartAsync(cancellationToken).ConfigureAwait(false);
        return server;
    }

    /// <summary>True while both services run.</summary>
    public bool IsRunning => _table is { HasExited: false } && _queue is { HasExited: false };

    /// <summary>
    /// Starts both services again on the same ports (after <see cref="StopAsync"/>) and waits until they accept
    /// connections; data kept in a folder is there again.
    /// </summary>
    /// <exception cref="TimeoutException">A service did not listen in time; the message holds its output.</exception>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("Azurite is running; stop it first.");
        }

        var table = ChildProcess.Start(RepoPaths.NodeBin("azurite-table"), Arguments("table", _tablePort, _location));
        var queue = ChildProcess.Start(RepoPaths.NodeBin("azurite-queue"), [.. Arguments("queue", _queuePort, _location), "--skipApiVersionCheck"]);
        try
        {
            await Task.WhenAll(
                Readiness.WaitForPortAsync(table, _tablePort, StartTimeout, cancellationToken),
                Readiness.WaitForPortAsync(queue, _queuePort, StartTimeout, cancellationToken)).ConfigureAwait(false);
            (_table, _queue) = (table, queue);
        }
        catch
        {
            await table.DisposeAsync().ConfigureAwait(false);
            await queue.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops both services as Ctrl+C does, so data kept in a folder is saved; the ports stay reserved for <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        foreach (var process in new[] { _table, _queue })
        {
            if (process is not null)
            {
                await process.InterruptAsync(StopGrace).ConfigureAwait(false);
                await process.DisposeAsync().ConfigureAwait(false);
            }
        }

        (_table, _queue) = (null, null);
    }

    /// <summary>Stops both services (and their process trees).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_table is not null)
        {
            await _table.DisposeAsync().ConfigureAwait(false);
        }

        if (_queue is not null)
        {
            await _queue.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string[] Arguments(string service, int port, string? location) =>
    [
        $"--{service}Host", "127.0.0.1",
        $"--{service}Port", port.ToString(CultureInfo.InvariantCulture),
        .. location is null ? ["--inMemoryPersistence"] : new[] { "--location", location },
        "--disableTelemetry", "--silent",
    ];

    private static Uri Endpoint(int port) =>
        new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/{AccountName}"));
}
