namespace CouplingBot.Engine.Incremental;

/// <summary>
/// Told by <see cref="IncrementalSyncScheduler"/> after every scheduled run, with the report and its
/// <see cref="IncrementalSyncReport.NewProblems"/>; the bot implements it to post new problems to people.
/// </summary>
public interface IIncrementalSyncObserver
{
    /// <summary>Called once per finished run; a failure is logged and never stops the scheduler.</summary>
    Task RunCompletedAsync(IncrementalSyncReport report, CancellationToken cancellationToken);
}

/// <summary>The default observer: tells no one.</summary>
public sealed class NoIncrementalSyncObserver : IIncrementalSyncObserver
{
    /// <inheritdoc />
    public Task RunCompletedAsync(IncrementalSyncReport report, CancellationToken cancellationToken) => Task.CompletedTask;
}
