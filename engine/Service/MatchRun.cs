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

    /// <summary>
    /// A run over what is coupled already and the Sales records that may be picked. The whole mapping's run gives
    /// every coupling and every Sales record that passes the filter; a job chunk's run gives only the couplings of
    /// its own records and of its Sales records (<see cref="SalesToConsider"/>), which decides the chunk's records
    /// the same way, as no other record can change their decision.
    /// </summary>
    /// <param name="mapping">The mapping.</param>
    /// <param name="criteria">What is compared.</param>
    /// <param name="coupledBusinessCentralIds">Business Central records coupled already (at least those to be decided).</param>
    /// <param name="coupledSalesIds">Sales records coupled already (at least those among <paramref name="salesRecords"/>).</param>
    /// <param name="salesRecords">The Sales records that may be coupled, coupled ones included (they are left out here).</param>
    public MatchRun(
        TableMapping mapping, MatchCriteria criteria, IEnumerable<string> coupledBusinessCentralIds, IEnumerable<string> coupledSalesIds, IEnumerable<EntityRecord> salesRecords)
    {
        _mapping = mapping;
        _criteria = criteria;
        _decided.UnionWith(coupledBusinessCentralIds);
        _taken.UnionWith(coupledSalesIds);
        foreach (var sales in salesRecords.Where(s => !_taken.Contains(s.Id)))
        {
            _uncoupledSales[sales.Id] = sales;
        }

        _index = new MatchIndex(criteria, _uncoupledSales.Values);
    }

    /// <summary>
    /// The Sales records <see cref="Decide"/> could pick for any of <paramref name="records"/>: each one's own record
    /// (under its <see cref="CreateKeys.SalesKey"/>) and every record matching it in a group (<see cref="MatchIndex"/>),
    /// coupled or not, each once. Only these need to be looked up in the couplings.
    /// </summary>
    public static IReadOnlyList<EntityRecord> SalesToConsider(
        TableMapping mapping, MatchCriteria criteria, IReadOnlyCollection<EntityRecord> records, IReadOnlyCollection<EntityRecord> salesRecords)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(salesRecords);
        var byId = new Dictionary<string, EntityRecord>(StringComparer.OrdinalIgnoreCase);
        foreach (var sales in salesRecords)
        {
            byId.TryAdd(sales.Id, sales);
        }

        var index = new MatchIndex(criteria, byId.Values);
        var considered = new Dictionary<string, EntityRecord>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            if (byId.TryGetValue(CreateKeys.SalesKey(mapping.Name, record.Id), out var own))
            {
                considered.TryAdd(own.Id, own);
            }

            foreach (var candidate in index.Candidates(record))
            {
                considered.TryAdd(candidate.Id, candidate);
            }
        }

        return [.. considered.Values];
    }

    /// <summary>The Business Central fields a record must be read with under <paramref name="criteria"/>: the mapped ones and the compared ones.</summary>
    public static IReadOnlyCollection<string> BusinessCentralFieldsOf(TableMapping mapping, MatchCriteria criteria) =>
        [.. mapping.BusinessCentralFields.Concat(criteria.BusinessCentralFields).Distinct(StringComparer.Ordinal)];

    /// <summary>The Business Central fields a record must be read with: the mapped ones and the compared ones.</summary>
    public IReadOnlyCollection<string> BusinessCentralFields => BusinessCentralFieldsOf(_mapping, _criteria);

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
