using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.OData;

/// <summary>One page of a query result.</summary>
/// <param name="Rows">The rows of this page.</param>
/// <param name="NextOffset">Where the next page starts, or null on the last page.</param>
/// <param name="Total">How many rows matched the filter (for <c>$count=true</c>).</param>
public sealed record QueryPage(IReadOnlyList<Row> Rows, int? NextOffset, int Total);

/// <summary>
/// Runs a parsed query over rows: filter, order (then the key, so paging is stable), <c>$skip</c>, <c>$top</c>,
/// then the server page that starts at the skip token's offset.
/// </summary>
public static class QueryExecutor
{
    /// <summary>Runs the query and cuts the page.</summary>
    public static QueryPage Execute(
        IEnumerable<Row> rows, ODataQuery query, ExpressionEvaluator evaluator, IReadOnlyList<string> defaultOrder, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(defaultOrder);
        var matching = rows.Where(r => evaluator.Matches(query.Filter, r)).ToList();
        matching.Sort(new RowComparer(query.OrderBy, evaluator, defaultOrder));
        IEnumerable<Row> result = matching;
        if (query.Skip is { } skip)
        {
            result = result.Skip((int)Math.Min(skip, int.MaxValue));
        }

        if (query.Top is { } top)
        {
            result = result.Take((int)Math.Min(top, int.MaxValue));
        }

        var all = result.ToList();
        var page = all.Skip(query.Offset).Take(pageSize).ToList();
        var next = query.Offset + page.Count;
        return new QueryPage(page, next < all.Count ? next : null, matching.Count);
    }
}
