namespace CouplingBot.Engine.Jobs;

/// <summary>
/// Told while a job runs, after a saved checkpoint, at most once every <see cref="JobOptions.ProgressInterval"/> per
/// job (the runner throttles on its <see cref="TimeProvider"/>); the bot implements it to update the job's card in place.
/// Not told of the job's end: <see cref="IJobCompletionNotifier"/> is.
/// </summary>
public interface IJobProgressNotifier
{
    /// <summary>The job as just saved (Running, counters and checkpoint so far). Failures are logged, never fail the job.</summary>
    Task JobProgressedAsync(JobInfo job, CancellationToken cancellationToken);
}

/// <summary>The default progress notifier: tells no one.</summary>
public sealed class NoJobProgressNotifier : IJobProgressNotifier
{
    /// <inheritdoc />
    public Task JobProgressedAsync(JobInfo job, CancellationToken cancellationToken) => Task.CompletedTask;
}
