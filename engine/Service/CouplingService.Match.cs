using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    // Numbers per Business Central query when records are read by number (keeps the URL short).
    private const int NumbersPerQuery = 25;

    /// <summary>
    /// Match-based coupling of every uncoupled Business Central record of a mapping (see
    /// <see cref="CouplingMatcher"/> for the rules). With <paramref name="dryRun"/> nothing is written and
    /// the report says what would be coupled, created and left alone; otherwise it says what was done.
    /// </summary>
    /// <remarks>
    /// I/O: the mapping's couplings are listed once, the Sales records that pass the Sales filter are
    /// paged through once (only the mapped and compared columns) and the uncoupled ones indexed by each
    /// group's key (<see cref="MatchIndex"/>); then the Business Central records are paged through and
    /// decided one by one. That is one pass over each table instead of one Sales query per record (which
    /// would also be unable to compare case-sensitively, as Dataverse ignores case). A Sales record taken
    /// by an earlier record of the run is no longer a candidate, in a dry run too. New Sales records are
    /// created together, in <c>$batch</c> requests under the default <see cref="Sync.SyncStrategy"/> (see <see cref="MatchAndCoupleManyAsync"/>).
    /// </remarks>
    public async Task<MatchReport> MatchAndCoupleAsync(
        TableMapping mapping, MatchCriteria criteria, bool dryRun, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(criteria);
        var run = await StartMatchRunAsync(mapping, criteria, cancellationToken).ConfigureAwait(false);
        var steps = new List<MatchStep>();
        await foreach (var record in clients.BusinessCentral.QueryAsync(mapping.BusinessCentral, new RecordQuery(null, run.BusinessCentralFields), cancellationToken).ConfigureAwait(false))
        {
            steps.Add(run.Decide(record));
        }

        return new MatchReport(dryRun, dryRun
            ? [.. steps.Select(s => s.Entry)]
            : await CarryOutAsync(mapping, steps, requestedBy, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Match-based coupling of the Business Central records with the given numbers, as
    /// <see cref="MatchAndCoupleAsync"/> does for all: each is coupled to its unique uncoupled match, given a
    /// new Sales record (when the criteria allow it), or left alone with the reason (coupled already, outside
    /// the filter, no match, several matches: named). The report has one entry per number given, in the same
    /// order; a number that names no record is a failed entry. Criteria without groups and with
    /// <see cref="MatchCriteria.CreateNewIfNoMatch"/> create a Sales record for every uncoupled record.
    /// </summary>
    /// <remarks>
    /// Made for job chunks, so its cost follows the numbers given, not the mapping's size: the Business Central
    /// records are read by number (one range, then a few dozen per query), and only their couplings are looked up,
    /// by id, with the couplings of the Sales records they could be coupled to (see <see cref="StartChunkRunAsync"/>);
    /// the mapping's couplings are never listed. The new Sales records are created together as the
    /// <see cref="Sync.SyncStrategy"/> says (<c>$batch</c> by default, one request each per record). Safe to run again
    /// over the same numbers: a record coupled by an earlier run is "coupled already", and a Sales record an
    /// earlier run created but did not couple is found under its <see cref="CreateKeys.SalesKey"/> and coupled,
    /// never created twice.
    /// </remarks>
    public async Task<MatchReport> MatchAndCoupleManyAsync(
        TableMapping mapping, MatchCriteria criteria, IReadOnlyList<string> numbers, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(numbers);
        var records = await FindRecordsAsync(mapping, numbers, MatchRun.BusinessCentralFieldsOf(mapping, criteria), cancellationToken).ConfigureAwait(false);
        var run = await StartChunkRunAsync(mapping, criteria, records.Values, cancellationToken).ConfigureAwait(false);
        var steps = numbers.Select(number => records.TryGetValue(number.Trim(), out var record)
            ? run.Decide(record)
            : new MatchStep(new MatchEntry(number, "", MatchAction.LeaveAlone, null, "not found",
                Failure: $"{mapping.Name} {number} does not exist in Business Central."), null, null)).ToList();
        return new MatchReport(false, await CarryOutAsync(mapping, steps, requestedBy, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Lists the mapping's couplings and reads the Sales records the criteria compare (none when there are no groups).</summary>
    private async Task<MatchRun> StartMatchRunAsync(TableMapping mapping, MatchCriteria criteria, CancellationToken cancellationToken)
    {
        var listed = new List<Coupling>();
        await foreach (var coupling in couplings.ListAsync(mapping.Name, cancellationToken).ConfigureAwait(false))
        {
            listed.Add(coupling);
        }

        var sales = await ReadSalesAsync(mapping, criteria, cancellationToken).ConfigureAwait(false);
        return new MatchRun(mapping, criteria, listed.Select(c => c.BusinessCentralId), listed.Select(c => c.SalesId), sales);
    }

    /// <summary>The Sales records that pass the mapping's filter, with the mapped and compared columns; none when the criteria have no groups.</summary>
    private async Task<List<EntityRecord>> ReadSalesAsync(TableMapping mapping, MatchCriteria criteria, CancellationToken cancellationToken)
    {
        var sales = new List<EntityRecord>();
        if (criteria.Groups.Count > 0)
        {
            var fields = mapping.SalesFields.Concat(criteria.SalesFields).Distinct(StringComparer.Ordinal).ToList();
            var query = new RecordQuery(mapping.SalesFilter.ToNumericODataFilter(), fields);
            await foreach (var record in clients.Sales.QueryAsync(mapping.Sales, query, cancellationToken).ConfigureAwait(false))
            {
                sales.Add(record);
            }
        }

        return sales;
    }

    /// <summary>
    /// The Business Central records with the given numbers, by number (case-insensitive); missing numbers are absent.
    /// Many numbers (a couple job's chunk, usually a run of neighbours) are first read as one range from the lowest to
    /// the highest, capped at twice as many records as asked for, so a chunk of 1,000 costs one paged query instead of
    /// forty; whatever the range did not bring (another sort order, gaps, the cap) is read by number, a few dozen per query.
    /// </summary>
    private async Task<Dictionary<string, EntityRecord>> FindRecordsAsync(
        TableMapping mapping, IEnumerable<string> numbers, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, EntityRecord>(StringComparer.OrdinalIgnoreCase);
        var wanted = numbers.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count > NumbersPerQuery)
        {
            var range = new RecordQuery(ODataFilter.Between(mapping.BusinessCentralNumberField, wanted[0], wanted[^1]), fields, Top: wanted.Count * 2);
            await ReadIntoAsync(range, wanted.ToHashSet(StringComparer.OrdinalIgnoreCase)).ConfigureAwait(false);
        }

        foreach (var chunk in wanted.Where(n => !found.ContainsKey(n)).Chunk(NumbersPerQuery))
        {
            var query = new RecordQuery(ODataFilter.AnyOf(chunk.Select(n => ODataFilter.Equal(mapping.BusinessCentralNumberField, n))), fields);
            await ReadIntoAsync(query, null).ConfigureAwait(false);
        }

        return found;

        async Task ReadIntoAsync(RecordQuery query, HashSet<string>? keep)
        {
            await foreach (var record in clients.BusinessCentral.QueryAsync(mapping.BusinessCentral, query, cancellationToken).ConfigureAwait(false))
            {
                if (record[mapping.BusinessCentralNumberField]?.Trim() is { } number && (keep is null || keep.Contains(number)))
                {
                    found.TryAdd(number, record);
                }
            }
        }
    }
}
