using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Reliability.Tests.Suite;

/// <summary>
/// Where the suite's logs go, so the secrets scan (<see cref="Secrets.SecretsInLogsTests"/>) reads everything the
/// product logged: in-process hosts add <see cref="Provider"/> (every level, categories and exceptions included),
/// child processes' output is saved with <see cref="SaveAsync"/>. One file per source under
/// <c>artifacts/reliability/logs</c>.
/// </summary>
public static class SuiteLogs
{
    /// <summary>The logs folder.</summary>
    public static string Folder => Path.Combine(ReliabilityFigures.Folder, "logs");

    /// <summary>A logger provider writing to <c>{name}.log</c> (appending; thread-safe).</summary>
    public static ILoggerProvider Provider(string name) => new FileLoggerProvider(PathOf(name));

    /// <summary>Saves text (a child process's stdout and stderr) as <c>{name}.log</c>, appending.</summary>
    public static async Task SaveAsync(string name, string text)
    {
        Directory.CreateDirectory(Folder);
        await File.AppendAllTextAsync(PathOf(name), text);
    }

    private static string PathOf(string name) =>
        Path.Combine(Folder, string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".log");

    /// <summary>Writes each entry as one line: level, category, message, and the exception in full.</summary>
    private sealed class FileLoggerProvider : ILoggerProvider
    {
        private readonly StreamWriter _writer;
        private readonly Lock _gate = new();
        private readonly ConcurrentDictionary<string, FileLogger> _loggers = new();

        public FileLoggerProvider(string path)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _writer = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite)) { AutoFlush = true };
        }

        public ILogger CreateLogger(string categoryName) => _loggers.GetOrAdd(categoryName, c => new FileLogger(this, c));

        public void Dispose()
        {
            lock (_gate)
            {
                _writer.Dispose();
            }
        }

        private void Write(string line)
        {
            lock (_gate)
            {
                if (_writer.BaseStream.CanWrite)
                {
                    _writer.WriteLine(line);
                }
            }
        }

        private sealed class FileLogger(FileLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Write($"{DateTimeOffset.UtcNow:O} {logLevel} {category}[{eventId.Id}] {formatter(state, exception)}{(exception is null ? "" : " " + exception)}");
        }
    }
}
