using CouplingBot.Engine.Jobs;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>Remembers the jobs it was told about.</summary>
public sealed class RecordingNotifier : IJobCompletionNotifier
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<JobInfo> _ended = new();

    public IReadOnlyCollection<JobInfo> Ended => _ended;

    public Task JobEndedAsync(JobInfo job, CancellationToken cancellationToken)
    {
        _ended.Enqueue(job);
        return Task.CompletedTask;
    }
}

/// <summary>Keeps the event ids logged, to check that a message was logged without matching its text.</summary>
public sealed class EventIdLog : ILoggerProvider, ILogger
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<int> _ids = new();

    public IReadOnlyCollection<int> EventIds => _ids;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _ids.Enqueue(eventId.Id);

    public void Dispose()
    {
    }
}
