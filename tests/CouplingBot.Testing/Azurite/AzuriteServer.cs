using System.Globalization;
using CouplingBot.Testing.Processes;

namespace CouplingBot.Testing.Azurite;

/// <summary>
/// Azurite's table and queue services, in memory, on free loopback ports. Each instance is
/// independent, so tests can run several side by side. Disposing stops both processes.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>The well-known account of the Azure storage emulators.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The well-known key of <see cref="AccountName"/> (public, emulator only).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly ChildProcess _table;
    private readonly ChildProcess _queue;

    private AzuriteServer(ChildProcess table, int tablePort, ChildProcess queue, int queuePort)
    {
        _table = table;
        _queue = queue;
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

    /// <summary>Starts both services and waits (up to 60 s) until they accept connections.</summary>
    /// <exception cref="TimeoutException">A service did not listen in time; the message holds its output.</exception>
    public static async Task<AzuriteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var tablePort = FreePort.Next();
        var queuePort = FreePort.Next();
        var table = ChildProcess.Start(RepoPaths.NodeBin("azurite-table"), Arguments("table", tablePort));
        var queue = ChildProcess.Start(RepoPaths.NodeBin("azurite-queue"), [.. Arguments("queue", queuePort), "--skipApiVersionCheck"]);
        try
        {
            await Task.WhenAll(
                Readiness.WaitForPortAsync(table, tablePort, StartTimeout, cancellationToken),
                Readiness.WaitForPortAsync(queue, queuePort, StartTimeout, cancellationToken)).ConfigureAwait(false);
            return new AzuriteServer(table, tablePort, queue, queuePort);
        }
        catch
        {
            await table.DisposeAsync().ConfigureAwait(false);
            await queue.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stops both services (and their process trees).</summary>
    public async ValueTask DisposeAsync()
    {
        await _table.DisposeAsync().ConfigureAwait(false);
        await _queue.DisposeAsync().ConfigureAwait(false);
    }

    private static string[] Arguments(string service, int port) =>
    [
        $"--{service}Host", "127.0.0.1",
        $"--{service}Port", port.ToString(CultureInfo.InvariantCulture),
        "--inMemoryPersistence", "--disableTelemetry", "--silent",
    ];

    private static Uri Endpoint(int port) =>
        new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/{AccountName}"));
}
