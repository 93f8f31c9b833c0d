using CouplingBot.Benchmarks.Commands;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>
/// Runs the measured work in this process (tests and smoke runs): the same code as the child process, but the peak
/// working set it reports is the whole process's.
/// </summary>
internal sealed class InProcessSyncLauncher : ISyncLauncher
{
    /// <inheritdoc />
    public async Task<SyncFigures> RunAsync(SyncKind kind, IReadOnlyList<string> settings, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        return await SyncCommand.RunAsync(kind, settings, deadline.Token);
    }

    /// <inheritdoc />
    public async Task<LatencyFigures> LatencyAsync(int turns, int warmUp, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        return await LatencyCommand.RunAsync(turns, warmUp, deadline.Token);
    }
}
