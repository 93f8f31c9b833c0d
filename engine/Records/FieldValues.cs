namespace CouplingBot.Engine.Records;

/// <summary>How mapped field values are compared.</summary>
public static class FieldValues
{
    /// <summary>
    /// True when two values are the same for synchronization: ordinal text equality, with empty and
    /// null taken as equal (Business Central has no null text, Dataverse has no empty text).
    /// </summary>
    public static bool AreEqual(string? left, string? right) =>
        string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    /// <summary>Null for empty text, the value otherwise.</summary>
    public static string? Normalize(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
