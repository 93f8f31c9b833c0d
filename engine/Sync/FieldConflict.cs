using CouplingBot.Engine.Mappings;

namespace CouplingBot.Engine.Sync;

/// <summary>
/// A two-way field whose values differ and for which the sync cannot tell which side is right: it
/// changed on both sides since the last sync (the anchor's conflict: "source changed AND target
/// changed AND a two-way field would change"), or, without a per-field snapshot, the record-level
/// rule could not attribute the difference to one side.
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="BusinessCentralValue">Business Central's current value.</param>
/// <param name="SalesValue">Sales's current value.</param>
public sealed record FieldConflict(FieldMapping Field, string? BusinessCentralValue, string? SalesValue)
{
    /// <summary>
    /// The field as read and translated both ways, when the planner found the conflict; a decision for either
    /// side writes the translated value. Null for a conflict built by hand (values are then copied as they are).
    /// </summary>
    public FieldReading? Reading { get; init; }

    /// <summary>The key a person's decision is stored under (the Business Central field name).</summary>
    public string Key => KeyOf(Field);

    /// <summary>The decision key of a field: its Business Central field name, unique within a mapping.</summary>
    public static string KeyOf(FieldMapping field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.BusinessCentralField;
    }
}
