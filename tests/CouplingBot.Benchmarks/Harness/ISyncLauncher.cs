using CouplingBot.Benchmarks.Commands;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>Runs the measured work (a sync with the given engine settings, or the bot latency run) and answers its figures.</summary>
internal interface ISyncLauncher
{
    /// <summary>Runs the sync; throws when it did not finish within <paramref name="timeout"/> or failed.</summary>
    Task<SyncFigures> RunAsync(SyncKind kind, IReadOnlyList<string> settings, TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>Runs <see cref="LatencyCommand"/> with <paramref name="turns"/> measured turns of each kind.</summary>
    Task<LatencyFigures> LatencyAsync(int turns, int warmUp, TimeSpan timeout, CancellationToken cancellationToken);
}
