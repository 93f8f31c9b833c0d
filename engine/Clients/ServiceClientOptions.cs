using System.ComponentModel.DataAnnotations;
using CouplingBot.Engine.Auth;
using CouplingBot.Engine.Hosting;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// What both service clients' options share: how to sign in, and how hard CouplingBot may push the
/// service (concurrency, request budget, retries, timeouts). Bound from the service's own section, e.g.
/// <c>BusinessCentral:MaxConcurrentRequests</c>.
/// </summary>
public abstract class ServiceClientOptions
{
    /// <summary>Sets the service's default concurrency.</summary>
    protected ServiceClientOptions(int maxConcurrentRequests) => MaxConcurrentRequests = maxConcurrentRequests;

    /// <summary>How to sign in; empty for the sandbox.</summary>
    public ServiceCredentialOptions Credentials { get; set; } = new();

    /// <summary>
    /// Requests in flight at once, kept below the service's own limit (Business Central processes 5 per
    /// user, Dataverse allows 52); the rest wait in a queue.
    /// </summary>
    [Range(1, 52)]
    public int MaxConcurrentRequests { get; set; }

    /// <summary>Requests that may wait for a slot; beyond this a call fails at once as throttled.</summary>
    [Range(0, 100_000)]
    public int MaxQueuedRequests { get; set; } = 1000;

    /// <summary>Retries after a refused or failed attempt (see the retry rule in <c>ServicePipeline</c>); 0 turns them off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay when the service gives no <c>Retry-After</c>; it doubles (with jitter) after that.</summary>
    [TimeSpanRange("00:00:00", "00:01:00")]
    public TimeSpan BaseRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait before a retry, also when <c>Retry-After</c> asks for more.</summary>
    [TimeSpanRange("00:00:00.001", "00:10:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one attempt may take before it is abandoned (a write that timed out is never re-sent).</summary>
    [TimeSpanRange("00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// The service's request budget per <see cref="RequestWindow"/> for one user (both services allow 6000 per 5 minutes).
    /// CouplingBot paces itself so that no stretch of <see cref="RequestWindow"/> sees more of its requests than this:
    /// a request beyond it waits for the budget instead of spending a 429 of the user's shared allowance. A
    /// <c>$batch</c> counts once, a retry again. 0 turns pacing off.
    /// </summary>
    [Range(0, 1_000_000)]
    public int RequestsPerWindow { get; set; } = 6000;

    /// <summary>The sliding window <see cref="RequestsPerWindow"/> applies to (both services: 5 minutes).</summary>
    [TimeSpanRange("00:00:00.100", "01:00:00")]
    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The API base address requests are relative to.</summary>
    public abstract Uri ApiBase { get; }

    /// <summary>The token scope for <see cref="Credentials"/>.</summary>
    public abstract string Scope { get; }
}
