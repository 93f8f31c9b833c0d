using System.Collections.Immutable;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CouplingBot.Sandbox.Tests.OData;

public sealed class ODataQueryReaderTests
{
    private static readonly EntitySchema Schema = new("Test", "thing", "things", "id",
    [
        new("id", ColumnType.Guid), new("name", ColumnType.String), new("amount", ColumnType.Decimal),
        new("when", ColumnType.DateTimeOffset), new("count", ColumnType.Int32),
    ]);

    private static readonly EdmEntity Entity = new(Schema);
    private static readonly ODataQueryRules Rules = new(new HashSet<string> { "$filter", "$select", "$orderby", "$top", "$skip", "$skiptoken" }, "E");

    private static readonly Row[] Rows =
    [
        Make("Alpha", 10m, 1), Make("beta", null, 2), Make("Gamma", 30.5m, 3), Make(null, 5m, 4),
    ];

    private static Row Make(string? name, decimal? amount, int count) =>
        new(StableGuid.From(count.ToString(System.Globalization.CultureInfo.InvariantCulture)), count, ImmutableDictionary<string, object?>.Empty
            .Add("id", StableGuid.From(count.ToString(System.Globalization.CultureInfo.InvariantCulture))).Add("name", name).Add("amount", amount)
            .Add("when", new DateTimeOffset(2026, 1, count, 0, 0, 0, TimeSpan.Zero)).Add("count", count));

    private static List<int> Run(string options, StringComparison comparison = StringComparison.OrdinalIgnoreCase, int pageSize = 100)
    {
        var query = ODataQueryReader.Read(Entity, new QueryCollection(QueryHelpersParse(options)), Rules);
        var page = QueryExecutor.Execute(Rows, query, new ExpressionEvaluator(comparison, "E"), ["count"], pageSize);
        return page.Rows.Select(r => (int)r["count"]!).ToList();
    }

    private static Dictionary<string, StringValues> QueryHelpersParse(string options) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(options);

    [Theory]
    [InlineData("$filter=name eq 'ALPHA'", new[] { 1 })]
    [InlineData("$filter=name eq null", new[] { 4 })]
    [InlineData("$filter=name ne null and amount gt 9", new[] { 1, 3 })]
    [InlineData("$filter=amount ge 10 or amount lt 6", new[] { 1, 3, 4 })]
    [InlineData("$filter=not (count le 2)", new[] { 3, 4 })]
    [InlineData("$filter=when gt 2026-01-02T00:00:00Z", new[] { 3, 4 })]
    [InlineData("$filter=endswith(name,'A')", new[] { 1, 2, 3 })]
    [InlineData("$filter=tolower(name) eq 'gamma'", new[] { 3 })]
    [InlineData("$filter=amount eq 30.5", new[] { 3 })]
    [InlineData("$orderby=amount desc", new[] { 3, 1, 4, 2 })]
    [InlineData("$orderby=name&$skip=1&$top=2", new[] { 1, 2 })]
    public void Execute_Options_ExpectedRows(string options, int[] expected)
    {
        Assert.Equal(expected, Run(options));
    }

    [Fact]
    public void Execute_OrdinalComparison_CaseSensitive()
    {
        Assert.Empty(Run("$filter=name eq 'ALPHA'", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_PageSize_NextOffsetThenLastPage()
    {
        var query = ODataQueryReader.Read(Entity, new QueryCollection(), Rules);
        var evaluator = new ExpressionEvaluator(StringComparison.Ordinal, "E");

        var first = QueryExecutor.Execute(Rows, query, evaluator, ["count"], 3);
        var last = QueryExecutor.Execute(Rows, query with { Offset = 3 }, evaluator, ["count"], 3);

        Assert.Equal(3, first.NextOffset);
        Assert.Equal([4], last.Rows.Select(r => (int)r["count"]!));
        Assert.Null(last.NextOffset);
    }

    [Fact]
    public void SkipToken_RoundTrip_AndGarbageRejected()
    {
        Assert.True(SkipToken.TryDecode(SkipToken.Encode(42), out var offset));
        Assert.Equal(42, offset);
        Assert.False(SkipToken.TryDecode("%%%", out _));
        Assert.False(SkipToken.TryDecode("YWJj", out _));
    }

    [Fact]
    public void Read_UnknownOption_ApiException400()
    {
        var error = Assert.Throws<ApiException>(() =>
            ODataQueryReader.Read(Entity, new QueryCollection(QueryHelpersParse("$apply=groupby((name))")), Rules));

        Assert.Equal(400, error.Status);
        Assert.Equal("E", error.Code);
    }

    [Theory]
    [InlineData("name eq 'a' or amount eq 1", true)]
    [InlineData("name eq 'a' or name eq 'b'", false)]
    [InlineData("(name eq 'a' or name eq 'b') and amount eq 1", false)]
    [InlineData("contains(name,'a') or startswith(name,'b')", false)]
    [InlineData("name eq 'a' and (count eq 1 or amount eq 2)", true)]
    public void OrSpansDistinctFields_Cases(string filter, bool expected)
    {
        var query = ODataQueryReader.Read(Entity, new QueryCollection(new Dictionary<string, StringValues> { ["$filter"] = filter }), Rules);

        Assert.Equal(expected, FilterFields.OrSpansDistinctFields(query.Filter));
    }
}
