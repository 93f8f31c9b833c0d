using System.Collections.Immutable;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// How one kind of Business Central record corresponds to one kind of Sales record: where each
/// lives and which fields are kept in step, in which direction.
/// </summary>
/// <param name="Name">The mapping's name, e.g. <c>CUSTOMER</c>.</param>
/// <param name="BusinessCentral">The Business Central entity set.</param>
/// <param name="Sales">The Dataverse entity set.</param>
/// <param name="Fields">The mapped fields.</param>
/// <param name="BusinessCentralNumberField">The field people name a record by (<c>number</c>).</param>
/// <param name="SalesNameField">The column that names a Sales record (<c>name</c>).</param>
/// <param name="BusinessCentralFilter">What a Business Central record must meet to be coupled or synchronized.</param>
/// <param name="SalesFilter">What a Sales record must meet to be coupled or synchronized.</param>
public sealed record TableMapping(
    string Name,
    EntitySet BusinessCentral,
    EntitySet Sales,
    ImmutableArray<FieldMapping> Fields,
    string BusinessCentralNumberField,
    string SalesNameField,
    RecordFilter BusinessCentralFilter,
    RecordFilter SalesFilter)
{
    /// <summary>The Business Central fields to read: the mapped ones and the number.</summary>
    public IReadOnlyCollection<string> BusinessCentralFields =>
        [.. Fields.Select(f => f.BusinessCentralField).Append(BusinessCentralNumberField).Append(BusinessCentralFilter.Field).Distinct(StringComparer.Ordinal)];

    /// <summary>The Sales columns to read: the mapped ones and the name.</summary>
    public IReadOnlyCollection<string> SalesFields =>
        [.. Fields.Select(f => f.SalesField).Append(SalesNameField).Append(SalesFilter.Field).Distinct(StringComparer.Ordinal)];
}
