using System.Collections.Immutable;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>
/// Each side's mapped values right after the last synchronization, so a merge can tell which fields
/// changed on which side since then (a record's version alone cannot). Keys are each side's own field
/// names; values are normalized (empty = null). Compared by value.
/// </summary>
/// <param name="BusinessCentral">Business Central field -&gt; value at the last sync.</param>
/// <param name="Sales">Sales column -&gt; value at the last sync.</param>
public sealed record FieldSnapshot(ImmutableDictionary<string, string?> BusinessCentral, ImmutableDictionary<string, string?> Sales)
{
    /// <summary>The mapped values of both records (as re-read after the write).</summary>
    public static FieldSnapshot Capture(TableMapping mapping, EntityRecord businessCentral, EntityRecord sales)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(businessCentral);
        ArgumentNullException.ThrowIfNull(sales);
        return new FieldSnapshot(
            Collect(mapping.EnabledFields.Select(f => f.BusinessCentralField).Where(f => f.Length > 0), businessCentral),
            Collect(mapping.EnabledFields.Select(f => f.SalesReadField), sales));
    }

    /// <summary>
    /// A field's two values at the last sync; false when the field was not mapped then (a field added
    /// later), so the caller falls back to the record-level rule.
    /// </summary>
    public bool TryGet(FieldMapping field, out string? businessCentral, out string? sales)
    {
        ArgumentNullException.ThrowIfNull(field);
        sales = null;
        return BusinessCentral.TryGetValue(field.BusinessCentralField, out businessCentral)
            && Sales.TryGetValue(field.SalesReadField, out sales);
    }

    /// <inheritdoc/>
    public bool Equals(FieldSnapshot? other) =>
        other is not null && Same(BusinessCentral, other.BusinessCentral) && Same(Sales, other.Sales);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(BusinessCentral.Count, Sales.Count);

    private static ImmutableDictionary<string, string?> Collect(IEnumerable<string> fields, EntityRecord record) =>
        fields.Distinct(StringComparer.Ordinal).ToImmutableDictionary(f => f, f => FieldValues.Normalize(record[f]), StringComparer.Ordinal);

    private static bool Same(ImmutableDictionary<string, string?> left, ImmutableDictionary<string, string?> right) =>
        left.Count == right.Count
        && left.All(pair => right.TryGetValue(pair.Key, out var value) && FieldValues.AreEqual(pair.Value, value));
}
