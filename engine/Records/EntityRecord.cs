namespace CouplingBot.Engine.Records;

/// <summary>
/// One record as read from a service: its key, the fields that were selected, when it was last
/// modified and the ETag to send back with a write.
/// </summary>
/// <remarks>
/// Field values are kept as text (numbers and booleans in invariant form) because mapped fields are
/// compared and copied as values; empty text and null mean the same (Business Central returns "",
/// Dataverse returns null).
/// </remarks>
public sealed record EntityRecord(
    string Id,
    IReadOnlyDictionary<string, string?> Fields,
    DateTimeOffset ModifiedOn,
    string ETag)
{
    /// <summary>The value of a field, or null when it is empty or was not selected.</summary>
    public string? this[string field] =>
        Fields.TryGetValue(field, out var value) && !string.IsNullOrEmpty(value) ? value : null;
}
