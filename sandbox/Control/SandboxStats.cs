namespace CouplingBot.Sandbox.Control;

/// <summary>Counts of one service since the last reset (the shape <c>GET /_sandbox/stats</c> answers per service).</summary>
/// <param name="Requests">Requests answered (or dropped).</param>
/// <param name="TooManyRequests">429s answered (by protection or an injected fault).</param>
/// <param name="ServiceUnavailable">503s answered (by protection or an injected fault).</param>
/// <param name="Unauthorized">401s answered.</param>
/// <param name="FaultsInjected">Requests a fault rule hit.</param>
/// <param name="Operations">Requests per operation, e.g. <c>PATCH customers</c>.</param>
public sealed record ServiceStats(
    long Requests, long TooManyRequests, long ServiceUnavailable, long Unauthorized, long FaultsInjected, IReadOnlyDictionary<string, long> Operations);

/// <summary>Thread-safe request statistics of the imitated services.</summary>
public sealed class SandboxStats(TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Counters> _services = new(StringComparer.Ordinal);
    private DateTimeOffset _since = time.GetUtcNow();

    /// <summary>Records one finished request.</summary>
    public void Record(string service, string operation, int status, bool faultInjected)
    {
        lock (_lock)
        {
            if (!_services.TryGetValue(service, out var counters))
            {
                _services[service] = counters = new Counters();
            }

            counters.Requests++;
            counters.TooManyRequests += status == 429 ? 1 : 0;
            counters.ServiceUnavailable += status == 503 ? 1 : 0;
            counters.Unauthorized += status == 401 ? 1 : 0;
            counters.FaultsInjected += faultInjected ? 1 : 0;
            counters.Operations[operation] = counters.Operations.GetValueOrDefault(operation) + 1;
        }
    }

    /// <summary>Since when, and the counts of both services (a service without requests has zeros).</summary>
    public (DateTimeOffset Since, IReadOnlyDictionary<string, ServiceStats> Services) Snapshot()
    {
        lock (_lock)
        {
            var services = new[] { ApiRequest.BusinessCentral, ApiRequest.Dataverse }.ToDictionary(
                s => s,
                s => _services.TryGetValue(s, out var c)
                    ? new ServiceStats(c.Requests, c.TooManyRequests, c.ServiceUnavailable, c.Unauthorized, c.FaultsInjected,
                        new SortedDictionary<string, long>(c.Operations, StringComparer.Ordinal))
                    : new ServiceStats(0, 0, 0, 0, 0, new Dictionary<string, long>()));
            return (_since, services);
        }
    }

    /// <summary>Starts counting afresh.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _services.Clear();
            _since = time.GetUtcNow();
        }
    }

    private sealed class Counters
    {
        public long Requests { get; set; }

        public long TooManyRequests { get; set; }

        public long ServiceUnavailable { get; set; }

        public long Unauthorized { get; set; }

        public long FaultsInjected { get; set; }

        public Dictionary<string, long> Operations { get; } = new(StringComparer.Ordinal);
    }
}
