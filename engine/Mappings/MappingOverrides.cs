using System.Collections.Immutable;

namespace CouplingBot.Engine.Mappings;

/// <summary>Applies the <c>Mappings</c> configuration section to the shipped mappings.</summary>
public static class MappingOverrides
{
    /// <summary>
    /// The mappings with the overrides applied, and every override that names no mapping or no field
    /// (the mappings themselves are checked afterwards by <see cref="MappingValidator"/>).
    /// </summary>
    public static (IReadOnlyList<TableMapping> Mappings, IReadOnlyList<string> Errors) Apply(IReadOnlyList<TableMapping> mappings, MappingOptions options)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Keys.Where(name => !mappings.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)))
            .Select(name => $"Mappings:{name}: there is no mapping {name}. Mappings: {string.Join(", ", mappings.Select(m => m.Name))}.")
            .ToList();
        var applied = mappings.Select(m => options.TryGetValue(m.Name, out var o) ? Apply(m, o, errors) : m).ToList();
        return (applied, errors);
    }

    private static TableMapping Apply(TableMapping mapping, TableMappingOverride options, List<string> errors)
    {
        foreach (var key in options.Fields.Keys.Where(key => Find(mapping, key) is null))
        {
            errors.Add($"Mapping {mapping.Name}, field '{key}': no such field. Fields: {string.Join(", ", mapping.Fields.Select(f => f.Label))}.");
        }

        return mapping with
        {
            Fields = [.. mapping.Fields.Select(f => options.Fields.FirstOrDefault(o => Find(mapping, o.Key) == f).Value is { } o ? Apply(f, o) : f)],
            ConflictRule = options.ConflictRule ?? mapping.ConflictRule,
            DeletedCounterpartRule = options.DeletedCounterpartRule ?? mapping.DeletedCounterpartRule,
            SynchronizeOnlyCoupled = options.SynchronizeOnlyCoupled ?? mapping.SynchronizeOnlyCoupled,
            MoreBusinessCentralFilters = mapping.MoreBusinessCentralFilters.AddRange(options.BusinessCentralFilters.Select(ToFilter)),
            MoreSalesFilters = mapping.MoreSalesFilters.AddRange(options.SalesFilters.Select(ToFilter)),
        };
    }

    private static FieldMapping Apply(FieldMapping field, FieldOverride options) => field with
    {
        Direction = options.Direction ?? field.Direction,
        Enabled = options.Enabled ?? field.Enabled,
        ClearWhenNotCoupled = options.ClearWhenNotCoupled ?? field.ClearWhenNotCoupled,
        EmptyMeans = string.IsNullOrWhiteSpace(options.EmptyMeans) ? field.EmptyMeans : options.EmptyMeans.Trim(),
    };

    /// <summary>A field by label first, then by Business Central field, then by Sales column.</summary>
    private static FieldMapping? Find(TableMapping mapping, string key) =>
        mapping.Fields.FirstOrDefault(f => Same(f.Label, key))
        ?? mapping.Fields.FirstOrDefault(f => Same(f.BusinessCentralField, key))
        ?? mapping.Fields.FirstOrDefault(f => Same(f.SalesField, key));

    private static bool Same(string left, string right) => string.Equals(left, right.Trim(), StringComparison.OrdinalIgnoreCase);

    private static RecordFilter ToFilter(FilterOverride filter) =>
        new(filter.Field, [.. filter.Values], filter.Description ?? $"{filter.Field} {(filter.Excludes ? "not " : "")}in ({string.Join(", ", filter.Values)})")
        {
            Excludes = filter.Excludes,
        };
}
