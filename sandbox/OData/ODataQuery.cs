using Microsoft.OData.UriParser;

namespace CouplingBot.Sandbox.OData;

/// <summary>
/// The parsed query options of one request. <see cref="Select"/> is null when all columns are wanted;
/// <see cref="Offset"/> comes from the opaque <c>$skiptoken</c> of a next link.
/// </summary>
public sealed record ODataQuery(
    FilterClause? Filter,
    OrderByClause? OrderBy,
    IReadOnlyList<string>? Select,
    long? Top,
    long? Skip,
    bool Count,
    int Offset)
{
    /// <summary>No options: everything, in key order.</summary>
    public static ODataQuery None { get; } = new(null, null, null, null, null, false, 0);

    /// <summary>The single-valued navigation properties to expand (<c>$expand</c>), in request order.</summary>
    public IReadOnlyList<ODataExpand> Expand { get; init; } = [];
}

/// <summary>One <c>$expand</c> item: a navigation property and its nested <c>$select</c> (null: all columns).</summary>
public sealed record ODataExpand(string Navigation, IReadOnlyList<string>? Select);
