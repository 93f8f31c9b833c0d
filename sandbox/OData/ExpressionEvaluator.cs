using CouplingBot.Sandbox.Storage;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace CouplingBot.Sandbox.OData;

/// <summary>
/// Evaluates a parsed OData expression over one stored row. Comparisons with null follow OData: <c>eq null</c>
/// matches null only and ordering comparisons with null are false. Strings compare with the service's
/// <see cref="StringComparison"/> (Dataverse: case-insensitive). Unsupported nodes are a 400, never a 500.
/// </summary>
public sealed class ExpressionEvaluator(StringComparison stringComparison, string errorCode)
{
    /// <summary>How strings compare (also used for ordering).</summary>
    public StringComparison StringComparison { get; } = stringComparison;

    /// <summary>True when the row satisfies the filter (or there is none).</summary>
    public bool Matches(FilterClause? filter, Row row) =>
        filter is null || Evaluate(filter.Expression, row) is true;

    /// <summary>The value of an expression for a row.</summary>
    public object? Evaluate(SingleValueNode node, Row row) => node switch
    {
        ConstantNode constant => constant.Value,
        ConvertNode convert => Convert(Evaluate(convert.Source, row), convert.TypeReference),
        SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } property => row[property.Property.Name],
        SingleValuePropertyAccessNode => throw Unsupported("Properties of related records cannot be used in $filter or $orderby here."),
        BinaryOperatorNode binary => Binary(binary, row),
        UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } unary => Evaluate(unary.Operand, row) is bool b ? !b : null,
        SingleValueFunctionCallNode call => Function(call, row),
        _ => throw Unsupported($"The expression kind '{node.Kind}' is not supported."),
    };

    /// <summary>Compares two values of the same column type; nulls sort first.</summary>
    public int Compare(object? left, object? right) => (left, right) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string a, string b) => string.Compare(a, b, StringComparison),
        (Guid a, Guid b) => a.CompareTo(b),
        (bool a, bool b) => a.CompareTo(b),
        (DateTimeOffset a, DateTimeOffset b) => a.CompareTo(b),
        (Guid a, string b) when Guid.TryParse(b, out var g) => a.CompareTo(g),
        (string a, Guid b) when Guid.TryParse(a, out var g) => g.CompareTo(b),
        _ when IsNumber(left) && IsNumber(right) => ToDecimal(left).CompareTo(ToDecimal(right)),
        _ => throw Unsupported($"Cannot compare values of types '{left.GetType().Name}' and '{right.GetType().Name}'."),
    };

    private object? Binary(BinaryOperatorNode node, Row row)
    {
        var left = Evaluate(node.Left, row);
        if (node.OperatorKind == BinaryOperatorKind.And)
        {
            return left is true && Evaluate(node.Right, row) is true;
        }

        if (node.OperatorKind == BinaryOperatorKind.Or)
        {
            return left is true || Evaluate(node.Right, row) is true;
        }

        var right = Evaluate(node.Right, row);
        return node.OperatorKind switch
        {
            BinaryOperatorKind.Equal => left is null || right is null ? left is null && right is null : Compare(left, right) == 0,
            BinaryOperatorKind.NotEqual => left is null || right is null ? !(left is null && right is null) : Compare(left, right) != 0,
            _ when left is null || right is null => false,
            BinaryOperatorKind.GreaterThan => Compare(left, right) > 0,
            BinaryOperatorKind.GreaterThanOrEqual => Compare(left, right) >= 0,
            BinaryOperatorKind.LessThan => Compare(left, right) < 0,
            BinaryOperatorKind.LessThanOrEqual => Compare(left, right) <= 0,
            _ => throw Unsupported($"The operator '{node.OperatorKind}' is not supported."),
        };
    }

    private object? Function(SingleValueFunctionCallNode call, Row row)
    {
        var args = call.Parameters.Select(p => p is SingleValueNode s
            ? Evaluate(s, row)
            : throw Unsupported($"The function '{call.Name}' is not supported with these arguments.")).ToList();
        var first = args.Count > 0 ? args[0] as string : null;
        var second = args.Count > 1 ? args[1] as string : null;
        return (call.Name, args.Count) switch
        {
            ("contains", 2) => first is not null && second is not null && first.Contains(second, StringComparison),
            ("startswith", 2) => first is not null && second is not null && first.StartsWith(second, StringComparison),
            ("endswith", 2) => first is not null && second is not null && first.EndsWith(second, StringComparison),
            ("tolower", 1) => first?.ToLowerInvariant(),
            ("toupper", 1) => first?.ToUpperInvariant(),
            ("trim", 1) => first?.Trim(),
            ("length", 1) => first?.Length,
            _ => throw Unsupported($"The function '{call.Name}' is not supported."),
        };
    }

    private object? Convert(object? value, IEdmTypeReference? target)
    {
        if (value is null || target is null || !target.IsPrimitive())
        {
            return value;
        }

        try
        {
            return target.AsPrimitive().PrimitiveKind() switch
            {
                EdmPrimitiveTypeKind.Decimal or EdmPrimitiveTypeKind.Double or EdmPrimitiveTypeKind.Single
                    or EdmPrimitiveTypeKind.Int64 or EdmPrimitiveTypeKind.Int32 when IsNumber(value) => ToDecimal(value),
                _ => value,
            };
        }
        catch (OverflowException)
        {
            throw Unsupported("A numeric literal is out of range.");
        }
    }

    private static bool IsNumber(object? value) =>
        value is int or long or decimal or double or float or short or byte;

    private decimal ToDecimal(object? value)
    {
        try
        {
            return System.Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (OverflowException)
        {
            throw Unsupported("A numeric literal is out of range.");
        }
    }

    private ApiException Unsupported(string message) => new(400, errorCode, message);
}
