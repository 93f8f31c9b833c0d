using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// Checks a set of mappings before they are used; each message names the mapping and the field.
/// Only enabled fields are checked, so a default field the API does not serve can ship turned off.
/// </summary>
public static class MappingValidator
{
    /// <summary>Every problem found; empty when the mappings are valid.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<TableMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var names = mappings.Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var errors = mappings.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"Mapping {g.Key} is defined {g.Count()} times.").ToList();
        foreach (var mapping in mappings)
        {
            errors.AddRange(mapping.EnabledFields.SelectMany(f => FieldErrors(mapping, f, names)));
            errors.AddRange(FilterErrors(mapping));
        }

        DependencyOrder(mappings, out var cycle);
        if (cycle is not null)
        {
            errors.Add($"Mappings {string.Join(" -> ", cycle)} depend on each other in a cycle: a lookup must not lead back to its own mapping.");
        }

        return errors;
    }

    /// <summary>
    /// The mappings with each after the ones it depends on (depth first, in the order given);
    /// <paramref name="cycle"/> names a cycle when there is one (the order then breaks it arbitrarily).
    /// </summary>
    public static IReadOnlyList<TableMapping> DependencyOrder(IReadOnlyList<TableMapping> mappings, out IReadOnlyList<string>? cycle)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var byName = mappings.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var done = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var path = new List<string>();
        var ordered = new List<TableMapping>();
        IReadOnlyList<string>? found = null;

        void Visit(TableMapping mapping)
        {
            if (done.Contains(mapping.Name))
            {
                return;
            }

            var at = path.FindIndex(n => string.Equals(n, mapping.Name, StringComparison.OrdinalIgnoreCase));
            if (at >= 0)
            {
                found ??= [.. path.Skip(at), mapping.Name];
                return;
            }

            path.Add(mapping.Name);
            foreach (var dependency in mapping.Dependencies.Select(byName.GetValueOrDefault).OfType<TableMapping>())
            {
                Visit(dependency);
            }

            path.RemoveAt(path.Count - 1);
            done.Add(mapping.Name);
            ordered.Add(mapping);
        }

        foreach (var mapping in byName.Values)
        {
            Visit(mapping);
        }

        cycle = found;
        return ordered;
    }

    private static IEnumerable<string> FieldErrors(TableMapping mapping, FieldMapping field, HashSet<string> names)
    {
        var at = $"Mapping {mapping.Name}, field '{field.Label}'";
        if (field.BusinessCentralField.Length == 0 && (field.Constant is null || field.FlowsFromSales))
        {
            yield return $"{at}: needs a Business Central field (only a constant written to Sales may go without one).";
        }
        else if (field.BusinessCentralField.Length > 0 && KnownFields.Of(Side.BusinessCentral, mapping.BusinessCentral.Name) is { } bc
            && !bc.Contains(field.BusinessCentralField))
        {
            yield return $"{at}: Business Central {mapping.BusinessCentral.Name} have no field '{field.BusinessCentralField}'.";
        }

        if (KnownFields.Of(Side.Sales, mapping.Sales.Name) is { } sales && !sales.Contains(field.SalesReadField))
        {
            yield return $"{at}: Sales {mapping.Sales.Name} have no column '{field.SalesReadField}'.";
        }

        if (field.Lookup is { } lookup && !names.Contains(lookup.Mapping))
        {
            yield return $"{at}: looks up through mapping {lookup.Mapping}, which does not exist.";
        }

        if (field.EmptyMeans is not null && field.Lookup is null)
        {
            yield return $"{at}: EmptyMeans applies to lookup fields only (such as Currency).";
        }

        if (mapping.Direction != FieldDirection.Bidirectional && field.Direction != mapping.Direction)
        {
            yield return $"{at}: direction {field.Direction} contradicts the mapping, which flows {mapping.Direction} only.";
        }
    }

    private static IEnumerable<string> FilterErrors(TableMapping mapping)
    {
        var bc = KnownFields.Of(Side.BusinessCentral, mapping.BusinessCentral.Name);
        var sales = KnownFields.Of(Side.Sales, mapping.Sales.Name);
        return mapping.BusinessCentralFilters.Where(f => bc is not null && !bc.Contains(f.Field))
            .Select(f => $"Mapping {mapping.Name}, filter '{f.Field}': Business Central {mapping.BusinessCentral.Name} have no field '{f.Field}'.")
            .Concat(mapping.SalesFilters.Where(f => sales is not null && !sales.Contains(f.Field))
            .Select(f => $"Mapping {mapping.Name}, filter '{f.Field}': Sales {mapping.Sales.Name} have no column '{f.Field}'."));
    }
}
