using System.Globalization;
using CouplingBot.Benchmarks.Commands;
using CouplingBot.Testing.Processes;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>
/// Runs each sync in a new process (this benchmark's own executable with a sub-command), so the peak working set it
/// reports is the sync's alone, not the harness's with its sandbox and seeded data.
/// </summary>
internal sealed class ChildProcessSyncLauncher : ISyncLauncher
{
    /// <inheritdoc />
    public Task<SyncFigures> RunAsync(SyncKind kind, IReadOnlyList<string> settings, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunChildAsync([kind.ToString().ToLowerInvariant(), .. settings], SyncFigures.FromLine, timeout, cancellationToken);

    /// <inheritdoc />
    public Task<LatencyFigures> LatencyAsync(int turns, int warmUp, TimeSpan timeout, CancellationToken cancellationToken) =>
        RunChildAsync(
            ["latency", "--turns", turns.ToString(CultureInfo.InvariantCulture), "--warm-up", warmUp.ToString(CultureInfo.InvariantCulture)],
            LatencyFigures.FromLine, timeout, cancellationToken);

    private static async Task<T> RunChildAsync<T>(IReadOnlyList<string> arguments, Func<string?, T?> parse, TimeSpan timeout, CancellationToken cancellationToken)
        where T : class
    {
        var figures = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var (fileName, prefix) = Self();
        await using var child = ChildProcess.Start(fileName, [.. prefix, .. arguments], environment: new Dictionary<string, string?> { ["DOTNET_gcServer"] = "0" });
        child.OutputLine += line =>
        {
            if (parse(line) is { } found)
            {
                figures.TrySetResult(found);
            }
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (!figures.Task.IsCompleted)
        {
            if (child.HasExited)
            {
                return await LastFiguresAsync(child, figures.Task, parse)
                    ?? throw new InvalidOperationException($"'{arguments[0]}' ended without figures: {child.Describe()}");
            }

            try
            {
                await Task.WhenAny(figures.Task, Task.Delay(250, deadline.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"'{arguments[0]}' did not finish within {timeout.TotalSeconds:0} s.");
            }
        }

        return await figures.Task;
    }

    /// <summary>
    /// The figures of a child that has exited: its last lines may still be on their way through the output reader (on a
    /// busy machine, for seconds), so the line event and the captured output are both looked at, for up to 10 s.
    /// </summary>
    private static async Task<T?> LastFiguresAsync<T>(ChildProcess child, Task<T> reported, Func<string?, T?> parse)
        where T : class
    {
        for (var waited = 0; waited < 100; waited++)
        {
            if (reported.IsCompleted)
            {
                return await reported;
            }

            if (child.StandardOutput.Split('\n').Select(line => parse(line.TrimEnd('\r'))).OfType<T>().FirstOrDefault() is { } captured)
            {
                return captured;
            }

            await Task.Delay(100, CancellationToken.None);
        }

        return null;
    }

    // The apphost when run as one; else "dotnet <this assembly>".
    private static (string FileName, string[] Prefix) Self()
    {
        var assembly = typeof(ChildProcessSyncLauncher).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        return Path.GetFileNameWithoutExtension(host) == Path.GetFileNameWithoutExtension(assembly)
            ? (host, [])
            : ("dotnet", [assembly]);
    }
}
