using Microsoft.Extensions.Options;

namespace CouplingBot.Sandbox.Control;

/// <summary>One request the sandbox served.</summary>
/// <param name="Time">When it arrived (UTC).</param>
/// <param name="Service"><c>bc</c> or <c>dataverse</c>.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="PathAndQuery">Path and query string as sent.</param>
/// <param name="Body">Request body text (empty when none).</param>
/// <param name="Status">Response status code.</param>
public sealed record JournalEntry(DateTimeOffset Time, string Service, string Method, string PathAndQuery, string Body, int Status);

/// <summary>
/// A bounded, thread-safe journal of recent API requests (oldest dropped first), so tests can prove what a
/// client sent, e.g. that a PATCH carried only the changed fields.
/// </summary>
public sealed class RequestJournal(IOptions<SandboxOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Queue<JournalEntry> _entries = new();
    private readonly int _capacity = Math.Max(1, options?.Value.JournalCapacity ?? 2000);

    /// <summary>Records an entry.</summary>
    public void Add(JournalEntry entry)
    {
        lock (_lock)
        {
            _entries.Enqueue(entry);
            while (_entries.Count > _capacity)
            {
                _entries.Dequeue();
            }
        }
    }

    /// <summary>The entries, oldest first, optionally only of one service and/or method (case-insensitive).</summary>
    public IReadOnlyList<JournalEntry> List(string? service = null, string? method = null)
    {
        lock (_lock)
        {
            return _entries
                .Where(e => string.IsNullOrEmpty(service) || string.Equals(e.Service, service, StringComparison.OrdinalIgnoreCase))
                .Where(e => string.IsNullOrEmpty(method) || string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }
}
