using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Reliability.Tests.BadInput;

/// <summary>
/// A logger provider keeping every entry of level Error or above that carries an exception: a turn's error boundary
/// or ASP.NET Core reporting an exception nobody expected. Bad input must never produce one.
/// </summary>
internal sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    /// <summary>The entries so far: category, message and exception type.</summary>
    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLog owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error && exception is not null)
            {
                owner._entries.Enqueue($"{category}[{eventId.Id}] {formatter(state, exception)}: {exception.GetType().Name}: {exception.Message}");
            }
        }
    }
}
