using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CouplingBot.Sandbox.Protection;

/// <summary>
/// Business Central's OData limits per caller: requests over a sliding window (429 <c>Application_TooManyRequests</c>),
/// then a few processed at once with the rest queued; a full queue or a too-long wait answers 503. Rejected requests
/// are not counted; queued ones are (they arrived).
/// </summary>
public sealed class BusinessCentralProtection(IOptions<SandboxOptions> options, TimeProvider time)
{
    /// <summary>Code of a 429 (the request rate).</summary>
    public const string TooManyRequestsCode = "Application_TooManyRequests";

    /// <summary>Code of a 503 (queue full or waited too long). Unsure: Microsoft's docs give only the status.</summary>
    public const string UnavailableCode = "Application_ServiceUnavailable";

    private readonly BusinessCentralLimitOptions _limits = options.Value.Limits.BusinessCentral;
    private readonly ConcurrentDictionary<string, CallerState> _callers = new(StringComparer.Ordinal);

    /// <summary>Whether the limits are on.</summary>
    public bool Enabled => _limits.Enabled;

    /// <summary>
    /// Admits a request of <paramref name="caller"/>, waiting in the queue if needed. Returns null with a lease to
    /// <see cref="Release"/>, or the rejection.
    /// </summary>
    public async Task<(ProtectionRejection? Rejection, Lease? Lease)> EnterAsync(string caller, CancellationToken cancellationToken)
    {
        var state = _callers.GetOrAdd(caller, _ => new CallerState(_limits));
        var now = time.GetUtcNow();
        lock (state.Lock)
        {
            state.Requests.Slide(now);
            if (state.Requests.Total >= _limits.Requests)
            {
                return (new ProtectionRejection(429, TooManyRequestsCode,
                    $"Too many requests reached. Actual ({_limits.Requests + 1}). Maximum ({_limits.Requests}).",
                    state.Requests.TimeUntilBelow(_limits.Requests, now)), null);
            }

            state.Requests.Add(now, 1);
        }

        var outcome = await state.Gate.EnterAsync(_limits.QueueTimeout, time, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            ConcurrencyGate.Outcome.Entered => (null, new Lease(state.Gate)),
            ConcurrencyGate.Outcome.QueueFull => (Unavailable(
                $"The request was rejected because {_limits.ConcurrentRequests} requests are being processed and {_limits.QueueSize} are waiting."), null),
            _ => (Unavailable(
                $"The request was rejected because it waited longer than {_limits.QueueTimeout.TotalSeconds:0.###} seconds in the queue."), null),
        };
    }

    /// <summary>Ends an admitted request, letting the next queued one in.</summary>
    public static void Release(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        lease.Gate.Release();
    }

    /// <summary>Forgets every caller's window and queue (requests in flight finish against their old state).</summary>
    public void Clear() => _callers.Clear();

    private ProtectionRejection Unavailable(string message) =>
        new(503, UnavailableCode, message, _limits.UnavailableRetryAfter);

    /// <summary>An admitted request, to hand back to <see cref="Release"/>.</summary>
    public sealed class Lease
    {
        internal Lease(ConcurrencyGate gate) => Gate = gate;

        internal ConcurrencyGate Gate { get; }
    }

    private sealed class CallerState(BusinessCentralLimitOptions limits)
    {
        public Lock Lock { get; } = new();

        public SlidingWindow Requests { get; } = new(limits.Window);

        public ConcurrencyGate Gate { get; } = new(limits.ConcurrentRequests, limits.QueueSize);
    }
}
