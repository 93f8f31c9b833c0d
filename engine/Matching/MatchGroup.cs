using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Matching;

/// <summary>
/// Fields that must all match (AND) for a Sales record to match a Business Central record. Groups are
/// tried in ascending <see cref="Priority"/> (1 before 2); a group is passed over for a record with a
/// blank value in any of its fields.
/// </summary>
/// <param name="Priority">The order the group is tried in; lower first, equal priorities in the order given.</param>
/// <param name="Fields">The fields compared, at least one.</param>
public sealed record MatchGroup(int Priority, IReadOnlyList<MatchField> Fields)
{
    // A separator that can't be in trimmed text values, so ("a b", "c") and ("a", "b c") differ.
    private const char Separator = '\u001F';

    /// <summary>The Business Central record's values in this group as one key; null when any is blank.</summary>
    public string? BusinessCentralKey(EntityRecord record) => Key(record, f => f.BusinessCentralField);

    /// <summary>The Sales record's values in this group as one key; null when any is blank.</summary>
    public string? SalesKey(EntityRecord record) => Key(record, f => f.SalesField);

    /// <summary>The group's fields in words, e.g. <c>displayName=name AND city=address1_city</c>.</summary>
    public string Describe() => string.Join(" AND ", Fields.Select(f => $"{f.BusinessCentralField}={f.SalesField}"));

    private string? Key(EntityRecord record, Func<MatchField, string> field)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (Fields.Count == 0)
        {
            return null;
        }

        var parts = new List<string>(Fields.Count);
        foreach (var f in Fields)
        {
            if (f.Normalize(record.Fields.GetValueOrDefault(field(f))) is not { } value)
            {
                return null;
            }

            parts.Add(value);
        }

        return string.Join(Separator, parts);
    }
}
