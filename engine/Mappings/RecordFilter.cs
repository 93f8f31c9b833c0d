using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// A condition a record must meet to take part in a mapping, e.g. "not blocked" or "active".
/// </summary>
/// <param name="Field">The field tested.</param>
/// <param name="AllowedValues">The values that pass (empty text and null are the same); with <see cref="Excludes"/> the values that fail.</param>
/// <param name="Description">What passing means, in words ("active", "not blocked").</param>
public sealed record RecordFilter(string Field, IReadOnlyList<string> AllowedValues, string Description)
{
    /// <summary>
    /// True when the listed values are the ones that fail, e.g. "has a company" is <c>companyNumber</c>
    /// excluding empty.
    /// </summary>
    public bool Excludes { get; init; }

    /// <summary>True when the record passes.</summary>
    public bool Allows(EntityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var value = FieldValues.Normalize(record.Fields.GetValueOrDefault(Field)?.Trim());
        return Excludes != AllowedValues.Any(allowed => FieldValues.AreEqual(FieldValues.Normalize(allowed.Trim()), value));
    }

    /// <summary>The same condition as an OData <c>$filter</c> for numeric option values.</summary>
    public string ToNumericODataFilter() =>
        ODataFilter.AnyOf(AllowedValues.Select(v => ODataFilter.Equal(Field, long.Parse(v, System.Globalization.CultureInfo.InvariantCulture))));
}
