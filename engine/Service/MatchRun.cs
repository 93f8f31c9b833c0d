using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

/// <summary>
/// One match-based coupling run's view of a mapping: the Business Central records coupled (or decided)
/// already, the Sales records taken, and the uncoupled Sales records indexed by the criteria
/// (<see cref="MatchIndex"/>). Every decision updates it, so a record named twice is decided once and a
/// Sales record is never handed to two records of the same run. Pure: the caller reads, this decides.
/// </summary>
internal sealed class MatchRun
{
    private readonly TableMapping _mapping;
    private readonly MatchCriteria _criteria;
    private readonly HashSet<string> _decided = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, EntityRecord> _uncoupledSales = new(StringComparer.OrdinalIgnoreCase);
    private readonly MatchIndex _index;

    /// <summary>A run over the mapping's couplings and the Sales records that pass its filter.</summary>
    public MatchRun(TableMapping mapping, MatchCriteria criteria, IEnumerable<Coupling> couplings, IEnumerable<EntityRecord> salesRecords)
    {
        _mapping = mapping;
        _criteria = criteria;
        foreach (var coupling in couplings)
        {
            _decided.Add(coupling.BusinessCentralId);
            _taken.Add(coupling.SalesId);
        }

        foreach (var sales in salesRecords.Where(s => !_taken.Contains(s.Id)))
        {
            _uncoupledSales[sales.Id] = sales;
        }

        _index = new MatchIndex(criteria, _uncoupledSales.Values);
    }

    /// <summary>The Business Central fields a record must be read with: the mapped ones and the compared ones.</summary>
    public IReadOnlyCollection<string> BusinessCentralFields =>
        [.. _mapping.BusinessCentralFields.Concat(_criteria.BusinessCentralFields).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// What to do with <paramref name="record"/>: leave it alone (coupled already, outside the filter, no unique
    /// match: the reason names the Sales records when several matched), couple it to its unique match, or give
    /// it a new Sales record. A Sales record found under the record's own create key
    /// (<see cref="CreateKeys.SalesKey"/>) was made for it by an earlier attempt that did not couple it: that
    /// one is coupled instead of matching or creating again.
    /// </summary>
    public MatchStep Decide(EntityRecord record)
    {
        var number = record[_mapping.BusinessCentralNumberField] ?? record.Id;
        if (_decided.Contains(record.Id))
        {
            return new MatchStep(new MatchEntry(number, record.Id, MatchAction.LeaveAlone, null, "coupled already"), record, null);
        }

        if (!_mapping.BusinessCentralFilter.Allows(record))
        {
            var reason = $"outside the filter ({_mapping.BusinessCentralFilter.Description})";
            return new MatchStep(new MatchEntry(number, record.Id, MatchAction.LeaveAlone, null, reason), record, null);
        }

        var key = CreateKeys.SalesKey(_mapping.Name, record.Id);
        if (_uncoupledSales.TryGetValue(key, out var own) && !_taken.Contains(own.Id))
        {
            Take(record, own.Id);
            return new MatchStep(new MatchEntry(number, record.Id, MatchAction.CreateNew, own.Id, "created by an earlier attempt, not coupled yet"), record, own);
        }

        var candidates = _index.Candidates(record).Where(s => !_taken.Contains(s.Id)).ToList();
        var decision = CouplingMatcher.Decide(_criteria, record, candidates);
        switch (decision.Action)
        {
            case MatchAction.Couple:
                Take(record, decision.SalesRecord!.Id);
                return new MatchStep(new MatchEntry(number, record.Id, decision.Action, decision.SalesRecord.Id, decision.Reason), record, decision.SalesRecord);
            case MatchAction.CreateNew:
                Take(record, key);
                return new MatchStep(new MatchEntry(number, record.Id, decision.Action, key, decision.Reason + SeveralMatches(record, candidates)), record, null);
            default:
                return new MatchStep(new MatchEntry(number, record.Id, decision.Action, null, decision.Reason + SeveralMatches(record, candidates)), record, null);
        }
    }

    private void Take(EntityRecord record, string salesId)
    {
        _decided.Add(record.Id);
        _taken.Add(salesId);
    }

    /// <summary>"; several matches: A (id), B (id)" for the groups that matched more than one Sales record, else empty.</summary>
    private string SeveralMatches(EntityRecord record, IReadOnlyList<EntityRecord> candidates)
    {
        var several = _criteria.OrderedGroups
            .Select(g => g.BusinessCentralKey(record) is { } key ? candidates.Where(s => g.SalesKey(s) == key).ToList() : [])
            .Where(matches => matches.Count > 1)
            .SelectMany(matches => matches)
            .DistinctBy(s => s.Id, StringComparer.OrdinalIgnoreCase)
            .Select(s => $"{s[_mapping.SalesNameField] ?? "(no name)"} ({s.Id})")
            .ToList();
        return several.Count == 0 ? "" : "; several matches: " + string.Join(", ", several);
    }
}

/// <summary>A decision of a <see cref="MatchRun"/>, with the records it needs to be carried out.</summary>
/// <param name="Entry">The report entry (not applied yet).</param>
/// <param name="Record">The Business Central record, or null when the number names none.</param>
/// <param name="Sales">The Sales record to couple to (a unique match or an earlier attempt's record); null when one is to be created.</param>
internal sealed record MatchStep(MatchEntry Entry, EntityRecord? Record, EntityRecord? Sales);
