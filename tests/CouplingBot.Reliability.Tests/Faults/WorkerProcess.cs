using System.Globalization;
using System.Text;
using CouplingBot.Reliability.Tests.Suite;
using CouplingBot.Testing;
using CouplingBot.Testing.Processes;

namespace CouplingBot.Reliability.Tests.Faults;

/// <summary>
/// The job worker in its own OS process: the bot app (<c>dotnet CouplingBot.Bot.dll</c> from the bot's build output, in
/// local mode) with <c>Jobs:RunWorker=true</c>. Its whole stdout is kept (the child process helper keeps only the last
/// 32 KB) for the retry count and the suite's logs; <see cref="KillAsync"/> ends it like a crash (SIGKILL of the whole
/// tree) and saves what it wrote with <see cref="SuiteLogs.SaveAsync"/>.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly ChildProcess _process;
    private readonly string _name;
    private readonly StringBuilder _output = new();
    private readonly Lock _gate = new();
    private bool _ended;

    private WorkerProcess(ChildProcess process, string name)
    {
        _process = process;
        _name = name;
        _process.OutputLine += line =>
        {
            lock (_gate)
            {
                _output.Append(line).Append('\n');
            }
        };
    }

    /// <summary>Starts a worker with the given settings (command-line configuration) and waits until it listens.</summary>
    /// <param name="name">The log's name, e.g. <c>faults-worker-1</c>.</param>
    /// <param name="settings">Configuration arguments, e.g. <c>--Jobs:RunWorker=true</c>.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public static async Task<WorkerProcess> StartAsync(string name, IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        var dll = BotDll();
        var port = FreePort.Next();
        var child = ChildProcess.Start(
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet",
            [dll, "--urls", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"), .. settings],
            workingDirectory: Path.GetDirectoryName(dll),
            environment: new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_gcServer"] = "0" });
        var worker = new WorkerProcess(child, name);
        try
        {
            await Readiness.WaitForPortAsync(child, port, StartTimeout, cancellationToken);
            return worker;
        }
        catch
        {
            await worker.KillAsync();
            throw;
        }
    }

    /// <summary>The OS process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the process ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The retries the worker's resilience pipeline logged (Polly's <c>OnRetry</c> events) so far.</summary>
    public int RetriesLogged
    {
        get
        {
            lock (_gate)
            {
                return CountOf(_output.ToString(), "EventName: 'OnRetry'");
            }
        }
    }

    /// <summary>Kills the process and its tree at once (no graceful stop), then saves its output to the suite's logs.</summary>
    public async Task KillAsync()
    {
        if (_ended)
        {
            return;
        }

        _ended = true;
        await _process.DisposeAsync();
        string output;
        lock (_gate)
        {
            output = _output.ToString();
        }

        await SuiteLogs.SaveAsync(_name, $"--- stdout ---\n{output}--- stderr ---\n{_process.StandardError}");
    }

    /// <summary>A description for failure messages.</summary>
    public string Describe() => _process.Describe();

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await KillAsync();

    /// <summary>The bot built for the configuration this test project was built for (Debug or Release).</summary>
    private static string BotDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";
        var dll = RepoPaths.Combine("bot", "bin", configuration, "net10.0", "CouplingBot.Bot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The bot is not built; build tests/CouplingBot.Reliability.Tests first.", dll);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
