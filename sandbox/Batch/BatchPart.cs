namespace CouplingBot.Sandbox.Batch;

/// <summary>
/// One inner request of a batch: method, URL as sent (absolute, host-relative, relative to the service root, or a
/// <c>$n</c> reference), headers, body bytes, and the <c>Content-ID</c> (Dataverse) or <c>id</c> (Business Central).
/// </summary>
public sealed record BatchPart(
    string Method,
    string Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    string? ContentId = null)
{
    /// <summary>Ids of earlier requests this one depends on (Business Central's <c>dependsOn</c>).</summary>
    public IReadOnlyList<string> DependsOn { get; init; } = [];
}

/// <summary>The answer to one inner request: status, headers and body bytes as the service's handler wrote them.</summary>
public sealed record PartResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>True for a 2xx/3xx status.</summary>
    public bool Succeeded => Status < 400;

    /// <summary>The first value of a header (case-insensitive), or null.</summary>
    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
