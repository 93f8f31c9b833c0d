using CouplingBot.Sandbox.Storage;
using Microsoft.OData.UriParser;

namespace CouplingBot.Sandbox.OData;

/// <summary>Orders rows by <c>$orderby</c>, then by the service's default order, then by key (a total order).</summary>
public sealed class RowComparer(OrderByClause? orderBy, ExpressionEvaluator evaluator, IReadOnlyList<string> defaultOrder)
    : IComparer<Row>
{
    /// <inheritdoc />
    public int Compare(Row? x, Row? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        for (var clause = orderBy; clause is not null; clause = clause.ThenBy)
        {
            var result = evaluator.Compare(evaluator.Evaluate(clause.Expression, x), evaluator.Evaluate(clause.Expression, y));
            if (result != 0)
            {
                return clause.Direction == OrderByDirection.Descending ? -result : result;
            }
        }

        foreach (var column in defaultOrder)
        {
            var result = evaluator.Compare(x[column], y[column]);
            if (result != 0)
            {
                return result;
            }
        }

        return x.Id.CompareTo(y.Id);
    }
}
