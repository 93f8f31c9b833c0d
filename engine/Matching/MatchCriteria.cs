namespace CouplingBot.Engine.Matching;

/// <summary>
/// What match-based coupling compares: groups of fields by priority, and what to do with a record that
/// has no unique match in any group.
/// </summary>
/// <param name="Groups">The groups, tried by ascending priority.</param>
/// <param name="CreateNewIfNoMatch">
/// True: a record with no unique uncoupled match gets a new Sales record, coupled to it. False: it is
/// left alone ("no unique uncoupled matching entity").
/// </param>
public sealed record MatchCriteria(IReadOnlyList<MatchGroup> Groups, bool CreateNewIfNoMatch = false)
{
    /// <summary>The groups in the order they are tried (stable for equal priorities).</summary>
    public IReadOnlyList<MatchGroup> OrderedGroups => [.. Groups.OrderBy(g => g.Priority)];

    /// <summary>Every Business Central field compared.</summary>
    public IReadOnlyCollection<string> BusinessCentralFields =>
        [.. Groups.SelectMany(g => g.Fields).Select(f => f.BusinessCentralField).Distinct(StringComparer.Ordinal)];

    /// <summary>Every Sales column compared.</summary>
    public IReadOnlyCollection<string> SalesFields =>
        [.. Groups.SelectMany(g => g.Fields).Select(f => f.SalesField).Distinct(StringComparer.Ordinal)];
}
