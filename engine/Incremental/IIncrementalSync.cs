using CouplingBot.Engine.Mappings;

namespace CouplingBot.Engine.Incremental;

/// <summary>One incremental run of a mapping; what <see cref="IncrementalSyncScheduler"/> calls (<see cref="IncrementalSync"/>).</summary>
public interface IIncrementalSync
{
    /// <summary>Synchronizes what changed in <paramref name="mapping"/> since its last run.</summary>
    Task<IncrementalSyncReport> RunAsync(TableMapping mapping, CancellationToken cancellationToken);
}
