using Microsoft.OData.UriParser;

namespace CouplingBot.Sandbox.OData;

/// <summary>Facts about a filter's shape that some services restrict.</summary>
public static class FilterFields
{
    /// <summary>
    /// True when some <c>or</c> combines conditions on two different properties (Business Central refuses these:
    /// "The 'OR' operator is not supported on distinct fields on an OData filter.").
    /// </summary>
    public static bool OrSpansDistinctFields(FilterClause? filter) => filter is not null && OrSpans(filter.Expression);

    private static bool OrSpans(QueryNode node) => node switch
    {
        BinaryOperatorNode { OperatorKind: BinaryOperatorKind.Or } or =>
            Properties(or).Distinct(StringComparer.Ordinal).Count() > 1 || OrSpans(or.Left) || OrSpans(or.Right),
        BinaryOperatorNode binary => OrSpans(binary.Left) || OrSpans(binary.Right),
        UnaryOperatorNode unary => OrSpans(unary.Operand),
        ConvertNode convert => OrSpans(convert.Source),
        _ => false,
    };

    private static IEnumerable<string> Properties(QueryNode node) => node switch
    {
        SingleValuePropertyAccessNode property => [property.Property.Name],
        BinaryOperatorNode binary => Properties(binary.Left).Concat(Properties(binary.Right)),
        UnaryOperatorNode unary => Properties(unary.Operand),
        ConvertNode convert => Properties(convert.Source),
        SingleValueFunctionCallNode call => call.Parameters.SelectMany(Properties),
        _ => [],
    };
}
