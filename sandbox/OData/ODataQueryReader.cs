using Microsoft.AspNetCore.Http;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace CouplingBot.Sandbox.OData;

/// <summary>What one service accepts in a query string, and the error code it answers bad queries with.</summary>
public sealed record ODataQueryRules(IReadOnlySet<string> Options, string ErrorCode);

/// <summary>
/// Parses the OData system query options of a request with Microsoft.OData's <see cref="ODataQueryOptionParser"/>
/// (so the grammar, literals and property checks are the library's); every parse failure becomes a 400 <see cref="ApiException"/>.
/// </summary>
public static class ODataQueryReader
{
    /// <summary>Parses the query string of a request against an entity.</summary>
    public static ODataQuery Read(EdmEntity entity, IQueryCollection query, ODataQueryRules rules)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rules);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (!name.StartsWith('$'))
            {
                continue;
            }

            if (!rules.Options.Contains(name))
            {
                throw Bad(rules, $"The query parameter '{name}' is not supported.");
            }

            if (values.Count != 1)
            {
                throw Bad(rules, $"Query option '{name}' was specified more than once, but it must be specified at most once.");
            }

            options[name] = values[0] ?? string.Empty;
        }

        var offset = 0;
        if (options.Remove("$skiptoken", out var token) && !SkipToken.TryDecode(token, out offset))
        {
            throw Bad(rules, "The skip token is not valid.");
        }

        try
        {
            var parser = new ODataQueryOptionParser(entity.Model, entity.Type, entity.Set, options);
            var selectExpand = parser.ParseSelectAndExpand();
            return new ODataQuery(
                parser.ParseFilter(),
                parser.ParseOrderBy(),
                ReadSelect(selectExpand, rules),
                NonNegative(parser.ParseTop(), "$top", rules),
                NonNegative(parser.ParseSkip(), "$skip", rules),
                parser.ParseCount() ?? false,
                offset)
            {
                Expand = ReadExpand(selectExpand, rules),
            };
        }
        catch (Exception exception) when (exception is ODataException or ArgumentException or FormatException
            or OverflowException or InvalidOperationException or NotSupportedException)
        {
            // The parser throws more than ODataException on odd input (huge numbers, bad literals): all are the client's fault.
            throw Bad(rules, exception.Message);
        }
    }

    private static long? NonNegative(long? value, string option, ODataQueryRules rules) =>
        value < 0 ? throw Bad(rules, $"Invalid value '{value}' for {option} query option found. It must be a non-negative integer.") : value;

    private static List<string>? ReadSelect(SelectExpandClause? clause, ODataQueryRules rules)
    {
        if (clause is null)
        {
            return null;
        }

        var names = new List<string>();
        var all = clause.AllSelected;
        foreach (var item in clause.SelectedItems)
        {
            switch (item)
            {
                case PathSelectItem { SelectedPath.LastSegment: PropertySegment property }:
                    names.Add(property.Property.Name);
                    break;
                case WildcardSelectItem:
                    all = true;
                    break;
                case ExpandedNavigationSelectItem:
                    break;
                default:
                    throw Bad(rules, "The $select item is not supported.");
            }
        }

        return all ? null : names;
    }

    private static List<ODataExpand> ReadExpand(SelectExpandClause? clause, ODataQueryRules rules)
    {
        var expands = new List<ODataExpand>();
        foreach (var item in clause?.SelectedItems.OfType<ExpandedNavigationSelectItem>() ?? [])
        {
            if (item.PathToNavigationProperty.LastSegment is not NavigationPropertySegment navigation
                || navigation.NavigationProperty.Type.IsCollection())
            {
                throw Bad(rules, "Only single-valued navigation properties can be expanded here.");
            }

            if (item.FilterOption is not null || item.OrderByOption is not null || item.TopOption is not null
                || item.SkipOption is not null || item.CountOption is not null || item.SearchOption is not null || item.LevelsOption is not null)
            {
                throw Bad(rules, $"Only $select is allowed inside $expand of the single-valued navigation property '{navigation.NavigationProperty.Name}'.");
            }

            if (item.SelectAndExpand?.SelectedItems.OfType<ExpandedNavigationSelectItem>().Any() == true)
            {
                throw Bad(rules, "Nested $expand is not supported by this sandbox.");
            }

            expands.Add(new ODataExpand(navigation.NavigationProperty.Name, ReadSelect(item.SelectAndExpand, rules)));
        }

        return expands;
    }

    private static ApiException Bad(ODataQueryRules rules, string message) => new(400, rules.ErrorCode, message);
}
