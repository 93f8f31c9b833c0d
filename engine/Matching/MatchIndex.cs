using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Matching;

/// <summary>
/// Uncoupled Sales records indexed by each group's key, so a bulk run finds a record's possible matches
/// without comparing it with every Sales record. <see cref="Candidates"/> returns every Sales record that
/// matches the record in at least one group, a superset of what <see cref="CouplingMatcher.Decide"/>
/// could pick, so deciding over it gives the same answer as deciding over all records.
/// </summary>
public sealed class MatchIndex
{
    private readonly List<(MatchGroup Group, Dictionary<string, List<EntityRecord>> ByKey)> _groups;

    /// <summary>Indexes <paramref name="salesRecords"/> under every group of <paramref name="criteria"/>.</summary>
    public MatchIndex(MatchCriteria criteria, IEnumerable<EntityRecord> salesRecords)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(salesRecords);
        _groups = [.. criteria.OrderedGroups.Select(g => (g, new Dictionary<string, List<EntityRecord>>(StringComparer.Ordinal)))];
        foreach (var sales in salesRecords)
        {
            Count++;
            foreach (var (group, byKey) in _groups)
            {
                if (group.SalesKey(sales) is { } key)
                {
                    (byKey.TryGetValue(key, out var list) ? list : byKey[key] = []).Add(sales);
                }
            }
        }
    }

    /// <summary>How many Sales records were indexed.</summary>
    public int Count { get; }

    /// <summary>The Sales records matching <paramref name="record"/> in any group, each once.</summary>
    public IReadOnlyList<EntityRecord> Candidates(EntityRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var found = new List<EntityRecord>();
        foreach (var (group, byKey) in _groups)
        {
            if (group.BusinessCentralKey(record) is { } key && byKey.TryGetValue(key, out var list))
            {
                found.AddRange(list.Where(s => seen.Add(s.Id)));
            }
        }

        return found;
    }
}
