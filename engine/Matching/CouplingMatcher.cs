using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Matching;

/// <summary>
/// The match-based coupling decision for one Business Central record, as the anchor makes it. Pure: it
/// decides over the records it is handed.
/// </summary>
/// <remarks>
/// Rules, in order:
/// <list type="number">
/// <item>Groups are tried by ascending priority.</item>
/// <item>Inside a group every field must match (AND); values are trimmed, and compared ignoring case
/// unless the field says otherwise.</item>
/// <item>A blank value never matches: a group with a blank field on the record is passed over, and a
/// Sales record blank in a group's field does not match in that group.</item>
/// <item>Exactly one matching Sales record: couple. None or several: try the next group.</item>
/// <item>No group gave a unique match: create new when the criteria allow it, else leave the record
/// alone with "no unique uncoupled matching entity".</item>
/// </list>
/// The caller hands only uncoupled Sales records that pass the mapping's filter, and removes those taken
/// earlier in the same run, so "unique" means unique among the uncoupled.
/// </remarks>
public static class CouplingMatcher
{
    /// <summary>The anchor's message when nothing matched uniquely and nothing may be created.</summary>
    public const string NoUniqueMatch = "no unique uncoupled matching entity";

    /// <summary>What to do with <paramref name="record"/>, given the uncoupled Sales records that could match.</summary>
    public static MatchDecision Decide(MatchCriteria criteria, EntityRecord record, IEnumerable<EntityRecord> uncoupledSales)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(uncoupledSales);
        var candidates = uncoupledSales as IReadOnlyCollection<EntityRecord> ?? [.. uncoupledSales];
        var tried = new List<string>();
        foreach (var group in criteria.OrderedGroups)
        {
            if (group.BusinessCentralKey(record) is not { } key)
            {
                tried.Add($"{group.Describe()}: blank");
                continue;
            }

            var matches = candidates.Where(s => group.SalesKey(s) == key).Take(2).ToList();
            if (matches.Count == 1)
            {
                return new MatchDecision(MatchAction.Couple, matches[0], group.Priority,
                    $"unique match on {group.Describe()} (priority {group.Priority})");
            }

            tried.Add($"{group.Describe()}: {(matches.Count == 0 ? "no match" : "several matches")}");
        }

        var detail = tried.Count == 0 ? "no match criteria" : string.Join("; ", tried);
        return criteria.CreateNewIfNoMatch
            ? new MatchDecision(MatchAction.CreateNew, null, null, $"no unique match ({detail}): create new")
            : new MatchDecision(MatchAction.LeaveAlone, null, null, $"{NoUniqueMatch} ({detail})");
    }
}
