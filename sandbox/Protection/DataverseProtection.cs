using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace CouplingBot.Sandbox.Protection;

/// <summary>
/// Dataverse's service protection per caller: requests and combined execution time over a sliding window, and
/// requests in flight (which trips immediately). Each rejection is a 429 with Dataverse's hex code and message.
/// Rejected requests are not counted.
/// </summary>
public sealed class DataverseProtection(IOptions<SandboxOptions> options, TimeProvider time)
{
    /// <summary>Code of the request-count limit.</summary>
    public const string RequestsCode = "0x80072322";

    /// <summary>Code of the execution-time limit.</summary>
    public const string ExecutionTimeCode = "0x80072321";

    /// <summary>Code of the concurrency limit.</summary>
    public const string ConcurrencyCode = "0x80072326";

    private readonly DataverseLimitOptions _limits = options.Value.Limits.Dataverse;
    private readonly ConcurrentDictionary<string, CallerState> _callers = new(StringComparer.Ordinal);

    /// <summary>Whether the limits are on.</summary>
    public bool Enabled => _limits.Enabled;

    /// <summary>Admits a request of <paramref name="caller"/> (then call <see cref="Complete"/>), or returns the rejection.</summary>
    public ProtectionRejection? TryEnter(string caller, out Lease? lease)
    {
        var state = _callers.GetOrAdd(caller, _ => new CallerState(_limits.Window));
        var now = time.GetUtcNow();
        lease = null;
        lock (state.Lock)
        {
            state.Requests.Slide(now);
            state.ExecutionMs.Slide(now);
            var window = _limits.Window.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            if (state.Requests.Total >= _limits.Requests)
            {
                return new ProtectionRejection(429, RequestsCode,
                    $"Number of requests exceeded the limit of {_limits.Requests} over time window of {window} seconds.",
                    state.Requests.TimeUntilBelow(_limits.Requests, now));
            }

            var limitMs = _limits.ExecutionTime.TotalMilliseconds;
            if (state.ExecutionMs.Total >= limitMs)
            {
                return new ProtectionRejection(429, ExecutionTimeCode,
                    string.Create(CultureInfo.InvariantCulture,
                        $"Combined execution time of incoming requests exceeded limit of {limitMs:N0} milliseconds over time window of {window} seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later."),
                    state.ExecutionMs.TimeUntilBelow(limitMs, now));
            }

            if (state.InFlight >= _limits.ConcurrentRequests)
            {
                return new ProtectionRejection(429, ConcurrencyCode,
                    $"Number of concurrent requests exceeded the limit of {_limits.ConcurrentRequests}.", _limits.ConcurrencyRetryAfter);
            }

            state.Requests.Add(now, 1);
            state.InFlight++;
            lease = new Lease(state);
            return null;
        }
    }

    /// <summary>Ends an admitted request: frees its concurrency slot and adds its execution time (plus the simulated cost).</summary>
    public void Complete(Lease lease, TimeSpan handlerTime)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var state = lease.State;
        var now = time.GetUtcNow();
        lock (state.Lock)
        {
            state.InFlight--;
            state.ExecutionMs.Slide(now);
            state.ExecutionMs.Add(now, (handlerTime + _limits.SimulatedCostPerRequest).TotalMilliseconds);
        }
    }

    /// <summary>Forgets every caller's windows (requests in flight finish against their old state).</summary>
    public void Clear() => _callers.Clear();

    /// <summary>An admitted request, to hand back to <see cref="Complete"/>.</summary>
    public sealed class Lease
    {
        internal Lease(CallerState state) => State = state;

        internal CallerState State { get; }
    }

    internal sealed class CallerState(TimeSpan window)
    {
        public Lock Lock { get; } = new();

        public SlidingWindow Requests { get; } = new(window);

        public SlidingWindow ExecutionMs { get; } = new(window);

        public int InFlight { get; set; }
    }
}
