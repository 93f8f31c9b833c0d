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
    /// <summary>
    /// Which way the whole mapping may flow; a one-way mapping (SALESPEOPLE from Sales, CURRENCY to
    /// Sales) admits no field flowing the other way.
    /// </summary>
    public FieldDirection Direction { get; init; } = FieldDirection.Bidirectional;

    /// <summary>Filters a Business Central record must also meet, beside <see cref="BusinessCentralFilter"/>.</summary>
    public ImmutableArray<RecordFilter> MoreBusinessCentralFilters { get; init; } = [];

    /// <summary>Filters a Sales record must also meet, beside <see cref="SalesFilter"/>.</summary>
    public ImmutableArray<RecordFilter> MoreSalesFilters { get; init; } = [];

    /// <summary>
    /// The anchor's "synch. only coupled records": true, a sync touches coupled records only; false,
    /// an uncoupled source record gets a new counterpart created and coupled.
    /// </summary>
    public bool SynchronizeOnlyCoupled { get; init; } = true;

    /// <summary>What to do when both sides changed and a two-way field differs.</summary>
    public ConflictRule ConflictRule { get; init; } = ConflictRule.FailAndAsk;

    /// <summary>
    /// When set, a lookup that needs a record of this mapping which is not coupled yet couples it by this rule
    /// if exactly one Sales record matches (salespeople by e-mail, currencies by ISO code); null: never.
    /// </summary>
    public AutoCoupleRule? AutoCouple { get; init; }

    /// <summary>What to do when a coupled record's counterpart was deleted.</summary>
    public DeletedCounterpartRule DeletedCounterpartRule { get; init; } = DeletedCounterpartRule.Fail;

    /// <summary>The enabled fields.</summary>
    public IEnumerable<FieldMapping> EnabledFields => Fields.Where(f => f.Enabled);

    /// <summary>Every Business Central filter: <see cref="BusinessCentralFilter"/> and the more ones.</summary>
    public IEnumerable<RecordFilter> BusinessCentralFilters => MoreBusinessCentralFilters.Prepend(BusinessCentralFilter);

    /// <summary>Every Sales filter: <see cref="SalesFilter"/> and the more ones.</summary>
    public IEnumerable<RecordFilter> SalesFilters => MoreSalesFilters.Prepend(SalesFilter);

    /// <summary>
    /// The mappings whose couplings this one's lookups need (enabled fields only): they are
    /// synchronized first, see <see cref="MappingCatalog.InDependencyOrder"/>.
    /// </summary>
    public IReadOnlyList<string> Dependencies =>
        [.. EnabledFields.Select(f => f.Lookup?.Mapping).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>The Business Central fields to read: the mapped ones, the number and the filter fields.</summary>
    public IReadOnlyCollection<string> BusinessCentralFields =>
        [.. EnabledFields.Select(f => f.BusinessCentralField).Where(f => f.Length > 0).Append(BusinessCentralNumberField)
            .Concat(BusinessCentralFilters.Select(f => f.Field)).Distinct(StringComparer.Ordinal)];

    /// <summary>The Sales columns to read: the mapped ones (a lookup's <c>_x_value</c>), the name and the filter fields.</summary>
    public IReadOnlyCollection<string> SalesFields =>
        [.. EnabledFields.Select(f => f.SalesReadField).Append(SalesNameField)
            .Concat(SalesFilters.Select(f => f.Field)).Distinct(StringComparer.Ordinal)];

    /// <summary>True when a Business Central record meets every Business Central filter.</summary>
    public bool AllowsBusinessCentral(EntityRecord record) => BusinessCentralFilters.All(f => f.Allows(record));

    /// <summary>True when a Sales record meets every Sales filter.</summary>
    public bool AllowsSales(EntityRecord record) => SalesFilters.All(f => f.Allows(record));
}
