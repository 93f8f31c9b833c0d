namespace CouplingBot.Sandbox.Faults;

/// <summary>
/// The active fault rules, in the order posted. For each request the first rule that matches (and, with a fraction,
/// wins its draw) is applied and its count spent, atomically. Thread-safe.
/// </summary>
public sealed class FaultStore
{
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];
    private int _nextId;

    /// <summary>Adds a rule and returns it with its id.</summary>
    public FaultRule Add(FaultRuleRequest rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_lock)
        {
            var entry = new Entry(
                "fault-" + (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture),
                rule,
                rule.Seed is { } seed ? new Random(seed) : new Random());
            entry.Remaining = rule.Count;
            _entries.Add(entry);
            return entry.View();
        }
    }

    /// <summary>The rules, oldest first.</summary>
    public IReadOnlyList<FaultRule> List()
    {
        lock (_lock)
        {
            return _entries.Select(e => e.View()).ToList();
        }
    }

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    /// <summary>
    /// The rule to apply to a request, spending one of its count, or null; <paramref name="batchPart"/> tells an inner
    /// request of a <c>$batch</c> (hit only by <see cref="FaultRuleRequest.BatchParts"/> rules) from a whole request.
    /// </summary>
    public FaultRule? Match(string service, string method, string pathAndQuery, bool batchPart = false)
    {
        lock (_lock)
        {
            foreach (var entry in _entries)
            {
                var rule = entry.Rule;
                if (entry.Remaining == 0
                    || rule.BatchParts != batchPart
                    || (rule.Service is not null && !string.Equals(rule.Service, service, StringComparison.OrdinalIgnoreCase))
                    || (rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase))
                    || (rule.PathContains is not null && !pathAndQuery.Contains(rule.PathContains, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

#pragma warning disable CA5394 // Not security: a test double's random share.
                if (rule.Fraction is { } fraction && entry.Random.NextDouble() >= fraction)
#pragma warning restore CA5394
                {
                    continue;
                }

                entry.Applied++;
                if (entry.Remaining is { } remaining)
                {
                    entry.Remaining = remaining - 1;
                }

                return entry.View();
            }

            return null;
        }
    }

    private sealed class Entry(string id, FaultRuleRequest rule, Random random)
    {
        public FaultRuleRequest Rule => rule;

        public Random Random => random;

        public int Applied { get; set; }

        public int? Remaining { get; set; }

        public FaultRule View() => new(id, rule, Applied, Remaining);
    }
}
