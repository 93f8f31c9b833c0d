using System.Diagnostics;

namespace CouplingBot.Testing.Processes;

/// <summary>
/// A process a test started: stdout and stderr are captured into bounded buffers, and disposing
/// kills the whole process tree (Node tools start children of their own).
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private const int OutputLimit = 32 * 1024;
    private readonly Process _process;
    private readonly BoundedOutput _stdout = new(OutputLimit);
    private readonly BoundedOutput _stderr = new(OutputLimit);

    private ChildProcess(Process process) => _process = process;

    /// <summary>The operating system's process id.</summary>
    public int Id => _process.Id;

    /// <summary>True once the process ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The last ~32 KB the process wrote to stdout.</summary>
    public string StandardOutput => _stdout.ToString();

    /// <summary>The last ~32 KB the process wrote to stderr.</summary>
    public string StandardError => _stderr.ToString();

    /// <summary>Raised for each line written to stdout.</summary>
    public event Action<string>? OutputLine
    {
        add => _stdout.LineWritten += value;
        remove => _stdout.LineWritten -= value;
    }

    /// <summary>Starts <paramref name="fileName"/> with the given arguments, without a shell.</summary>
    /// <param name="fileName">The executable (a script with a shebang line works).</param>
    /// <param name="arguments">Arguments, passed as they are.</param>
    /// <param name="workingDirectory">The working directory; the current one when null.</param>
    /// <param name="environment">Variables to set (a null value removes the variable).</param>
    public static ChildProcess Start(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        ArgumentNullException.ThrowIfNull(arguments);

        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Loopback traffic must never go through a proxy the machine may have configured.
        info.Environment["NO_PROXY"] = "127.0.0.1,localhost";
        info.Environment["no_proxy"] = "127.0.0.1,localhost";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => child._stdout.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child._stderr.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>A description for failure messages: command, exit state, and captured output.</summary>
    public string Describe() =>
        $"{_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)} "
        + (HasExited ? $"(exited with {_process.ExitCode})" : "(still running)")
        + $"\n--- stderr ---\n{StandardError}--- stdout ---\n{StandardOutput}";

    /// <summary>
    /// Asks the process to stop as Ctrl+C does (SIGINT, so it can save its state) and waits up to
    /// <paramref name="grace"/> for it to exit; kills it (and its descendants) if it does not. Unix only.
    /// </summary>
    public async Task InterruptAsync(TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }

        using (var signal = Process.Start(new ProcessStartInfo("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            if (signal is not null)
            {
                await signal.WaitForExitAsync().ConfigureAwait(false);
            }
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Kills the process and all its descendants, then waits briefly for the exit.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // The process was never started or already reaped.
        }
        catch (OperationCanceledException)
        {
            // It did not exit within the grace period; nothing more can be done here.
        }
        finally
        {
            _process.Dispose();
        }
    }
}
