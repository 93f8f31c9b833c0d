using System.Globalization;
using System.Text.RegularExpressions;
using CouplingBot.Testing.Processes;

namespace CouplingBot.Testing.Playground;

/// <summary>
/// The Microsoft 365 Agents Playground (the local Teams client), headless, in channel <c>msteams</c>.
/// Each instance runs in its own temporary working directory (the playground writes
/// <c>devTools/m365agentsplayground.log</c> there and would read <c>.m365agentsplayground.yml</c>
/// from it), so several can run in parallel. Its state (conversations, messages) lives in memory.
/// </summary>
public sealed partial class PlaygroundServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly ChildProcess _process;
    private readonly string _workingDirectory;

    private PlaygroundServer(ChildProcess process, string workingDirectory, int port)
    {
        _process = process;
        _workingDirectory = workingDirectory;
        BaseUrl = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
    }

    /// <summary>The UI and API root, e.g. http://127.0.0.1:50321/.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The playground's output so far (for failure messages).</summary>
    public string Output => _process.Describe();

    /// <summary>
    /// Starts the playground against <paramref name="botEndpoint"/> (e.g. http://127.0.0.1:5000/api/messages)
    /// and waits until its port answers. Start the bot first: the playground probes it with
    /// <c>HEAD</c> for ~15 s at start-up.
    /// </summary>
    public static async Task<PlaygroundServer> StartAsync(Uri botEndpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(botEndpoint);
        var workingDirectory = Directory.CreateTempSubdirectory("playground-").FullName;
        var requestedPort = FreePort.Next();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = ChildProcess.Start(
            RepoPaths.NodeBin("agentsplayground"),
            ["--disable-telemetry", "-c", "msteams", "-p", requestedPort.ToString(CultureInfo.InvariantCulture)],
            workingDirectory,
            new Dictionary<string, string?>
            {
                ["TEAMSAPPTESTER_BROWSER"] = "none",
                ["BOT_ENDPOINT"] = botEndpoint.ToString(),
            });
        // The playground silently picks a random port when the requested one is taken: trust its log line.
        process.OutputLine += line =>
        {
            var match = ListeningLine().Match(line);
            if (match.Success)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        };
        try
        {
            var port = await WaitForListeningLineAsync(process, listening.Task, cancellationToken).ConfigureAwait(false);
            await Readiness.WaitForPortAsync(process, port, StartTimeout, cancellationToken).ConfigureAwait(false);
            return new PlaygroundServer(process, workingDirectory, port);
        }
        catch
        {
            await process.DisposeAsync().ConfigureAwait(false);
            DeleteQuietly(workingDirectory);
            throw;
        }
    }

    /// <summary>Stops the playground and deletes its working directory.</summary>
    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync().ConfigureAwait(false);
        DeleteQuietly(_workingDirectory);
    }

    private static async Task<int> WaitForListeningLineAsync(ChildProcess process, Task<int> listening, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartTimeout);
        while (!listening.IsCompleted)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("The playground exited at start-up: " + process.Describe());
            }

            try
            {
                await Task.WhenAny(listening, Task.Delay(100, deadline.Token)).ConfigureAwait(false);
                deadline.Token.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException("The playground did not report its port within 20 s: " + process.Describe());
            }
        }

        return await listening.ConfigureAwait(false);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file may still be held for a moment; the OS cleans temp folders.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    [GeneratedRegex(@"^Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
