namespace CouplingBot.Sandbox.Faults;

/// <summary>
/// Body of <c>POST /_sandbox/faults</c>: which requests a fault hits (all criteria optional) and what it does.
/// Effects, in order: <see cref="LatencyMs"/> delay, then one of <see cref="DropConnection"/>, <see cref="Timeout"/>,
/// <see cref="Status"/>; a rule with only a latency lets the request through afterwards.
/// </summary>
public sealed record FaultRuleRequest
{
    /// <summary><c>bc</c> or <c>dataverse</c>; null: both.</summary>
    public string? Service { get; init; }

    /// <summary>HTTP method (case-insensitive); null: any.</summary>
    public string? Method { get; init; }

    /// <summary>Substring of path and query (case-insensitive); null: any.</summary>
    public string? PathContains { get; init; }

    /// <summary>Status to answer with, in the service's error body.</summary>
    public int? Status { get; init; }

    /// <summary>Error code of the body; default per service and status.</summary>
    public string? Code { get; init; }

    /// <summary>Error message of the body; default "Injected fault: ...".</summary>
    public string? Message { get; init; }

    /// <summary><c>Retry-After</c> seconds sent with <see cref="Status"/>.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Delay before the effect (or before the real handler), at most 100,000 ms.</summary>
    public int? LatencyMs { get; init; }

    /// <summary>Never answer: hang until the client gives up (at most <see cref="FaultRule.TimeoutCap"/>, then abort).</summary>
    public bool Timeout { get; init; }

    /// <summary>Abort the connection without an answer.</summary>
    public bool DropConnection { get; init; }

    /// <summary>Only the next N matching requests; null: every one.</summary>
    public int? Count { get; init; }

    /// <summary>Share (0..1) of matching requests hit, drawn at random; null: all.</summary>
    public double? Fraction { get; init; }

    /// <summary>Seed of the random draw for <see cref="Fraction"/>, for repeatable runs.</summary>
    public int? Seed { get; init; }

    /// <summary>
    /// Hit the inner requests of <c>$batch</c> requests instead of whole requests: each matching part is answered with
    /// <see cref="Status"/> while the other parts run (a plug-in or a validation refusing one record of a batch). Only
    /// with a status: latency, timeouts and dropped connections happen to whole requests.
    /// </summary>
    public bool BatchParts { get; init; }

    /// <summary>Why the rule is invalid, or null.</summary>
    public string? Validate()
    {
        if (Service is not null && Service is not ("bc" or "dataverse"))
        {
            return "service must be \"bc\" or \"dataverse\".";
        }

        if (Status is < 100 or > 599)
        {
            return "status must be 100..599.";
        }

        if (LatencyMs is < 0 or > 100_000)
        {
            return "latencyMs must be 0..100000.";
        }

        if (RetryAfterSeconds is < 0)
        {
            return "retryAfterSeconds must not be negative.";
        }

        if (Count is < 1)
        {
            return "count must be at least 1.";
        }

        if (Fraction is < 0 or > 1 || (Fraction is { } f && double.IsNaN(f)))
        {
            return "fraction must be 0..1.";
        }

        var effects = (Status is null ? 0 : 1) + (Timeout ? 1 : 0) + (DropConnection ? 1 : 0);
        if (effects > 1)
        {
            return "choose one of status, timeout, dropConnection.";
        }

        if (BatchParts && (Status is null || LatencyMs is not null))
        {
            return "a batchParts rule answers with a status only.";
        }

        return effects == 0 && LatencyMs is null ? "a rule needs status, latencyMs, timeout or dropConnection." : null;
    }
}
