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

/// <summary>Remembers the progress reports it was given; can throw on every one.</summary>
public sealed class RecordingProgress : IJobProgressNotifier
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<JobInfo> _reports = new();

    public IReadOnlyCollection<JobInfo> Reports => _reports;

    public bool Fail { get; set; }

    public Task JobProgressedAsync(JobInfo job, CancellationToken cancellationToken)
    {
        _reports.Enqueue(job);
        return Fail ? throw new HttpRequestException("Teams is down") : Task.CompletedTask;
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
