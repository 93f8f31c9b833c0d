namespace CouplingBot.Sandbox.Protection;

/// <summary>Section <c>Sandbox:Limits</c>: service protection of each imitated service, per caller.</summary>
public sealed class LimitsOptions
{
    /// <summary>Section <c>Sandbox:Limits:Dataverse</c>.</summary>
    public DataverseLimitOptions Dataverse { get; set; } = new();

    /// <summary>Section <c>Sandbox:Limits:BusinessCentral</c>.</summary>
    public BusinessCentralLimitOptions BusinessCentral { get; set; } = new();
}

/// <summary>Dataverse's three service protection limits, per caller over a sliding window (Microsoft's defaults).</summary>
public sealed class DataverseLimitOptions
{
    /// <summary>Whether the limits apply at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Length of the sliding window (default 300 s).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>Requests per window (default 6000; code <c>0x80072322</c>).</summary>
    public int Requests { get; set; } = 6000;

    /// <summary>Combined execution time per window (default 1,200,000 ms; code <c>0x80072321</c>).</summary>
    public TimeSpan ExecutionTime { get; set; } = TimeSpan.FromMilliseconds(1_200_000);

    /// <summary>Simulated server time added to each request's measured handler time (default zero).</summary>
    public TimeSpan SimulatedCostPerRequest { get; set; } = TimeSpan.Zero;

    /// <summary>Requests in flight at once (default 52; code <c>0x80072326</c>, trips immediately).</summary>
    public int ConcurrentRequests { get; set; } = 52;

    /// <summary>Retry-After of a concurrency rejection (default 1 s; the window limits compute theirs).</summary>
    public TimeSpan ConcurrencyRetryAfter { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>Business Central's OData limits per caller: a request rate, then 5 processed at once with a bounded queue.</summary>
public sealed class BusinessCentralLimitOptions
{
    /// <summary>Whether the limits apply at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Length of the sliding window (default 300 s).</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromSeconds(300);

    /// <summary>Requests per window (default 6000; beyond: 429 <c>Application_TooManyRequests</c>).</summary>
    public int Requests { get; set; } = 6000;

    /// <summary>Requests processed at once (default 5); further ones wait in the queue.</summary>
    public int ConcurrentRequests { get; set; } = 5;

    /// <summary>Requests that may wait (default 95); a full queue answers 503.</summary>
    public int QueueSize { get; set; } = 95;

    /// <summary>Longest wait in the queue (default 8 min); longer answers 503.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromMinutes(8);

    /// <summary>Retry-After of a 503 (default 5 s).</summary>
    public TimeSpan UnavailableRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
