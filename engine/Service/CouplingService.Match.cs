using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
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
    /// by an earlier record of the run is no longer a candidate, in a dry run too.
    /// </remarks>
    public async Task<MatchReport> MatchAndCoupleAsync(
        TableMapping mapping, MatchCriteria criteria, bool dryRun, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(criteria);
        var coupledRecords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var coupling in couplings.ListAsync(mapping.Name, cancellationToken).ConfigureAwait(false))
        {
            coupledRecords.Add(coupling.BusinessCentralId);
            taken.Add(coupling.SalesId);
        }

        var index = new MatchIndex(criteria, await ReadUncoupledSalesAsync(mapping, criteria, taken, cancellationToken).ConfigureAwait(false));
        var fields = mapping.BusinessCentralFields.Concat(criteria.BusinessCentralFields).Distinct(StringComparer.Ordinal).ToList();
        var entries = new List<MatchEntry>();
        await foreach (var record in clients.BusinessCentral.QueryAsync(mapping.BusinessCentral, new RecordQuery(null, fields), cancellationToken).ConfigureAwait(false))
        {
            var number = record[mapping.BusinessCentralNumberField] ?? record.Id;
            if (coupledRecords.Contains(record.Id))
            {
                entries.Add(new MatchEntry(number, record.Id, MatchAction.LeaveAlone, null, "coupled already"));
                continue;
            }

            if (!mapping.BusinessCentralFilter.Allows(record))
            {
                entries.Add(new MatchEntry(number, record.Id, MatchAction.LeaveAlone, null, $"outside the filter ({mapping.BusinessCentralFilter.Description})"));
                continue;
            }

            var decision = CouplingMatcher.Decide(criteria, record, index.Candidates(record).Where(s => !taken.Contains(s.Id)).ToList());
            var entry = new MatchEntry(number, record.Id, decision.Action, decision.SalesRecord?.Id, decision.Reason);
            if (decision.Action == MatchAction.CreateNew)
            {
                entry = entry with { SalesId = CreateKeys.SalesKey(mapping.Name, record.Id) };
            }

            if (!dryRun && decision.Action != MatchAction.LeaveAlone)
            {
                entry = await ApplyAsync(mapping, record, decision, entry, requestedBy, cancellationToken).ConfigureAwait(false);
            }

            if (entry.SalesId is { } salesId && decision.Action != MatchAction.LeaveAlone)
            {
                taken.Add(salesId);
            }

            entries.Add(entry);
        }

        return new MatchReport(dryRun, entries);
    }

    private async Task<MatchEntry> ApplyAsync(
        TableMapping mapping, EntityRecord record, MatchDecision decision, MatchEntry entry, string requestedBy, CancellationToken cancellationToken)
    {
        var result = decision.Action == MatchAction.Couple
            ? await LinkAsync(mapping, record, decision.SalesRecord!, requestedBy, cancellationToken).ConfigureAwait(false)
            : (await CreateInSalesAsync(mapping, record, requestedBy, cancellationToken).ConfigureAwait(false)).Result;
        return result.Outcome == CoupleOutcome.Coupled
            ? entry with { Applied = true, SalesId = result.SalesRecord?.Id ?? entry.SalesId }
            : entry with { Failure = result.Outcome.ToString() };
    }

    private async Task<List<EntityRecord>> ReadUncoupledSalesAsync(
        TableMapping mapping, MatchCriteria criteria, HashSet<string> coupled, CancellationToken cancellationToken)
    {
        var fields = mapping.SalesFields.Concat(criteria.SalesFields).Distinct(StringComparer.Ordinal).ToList();
        var query = new RecordQuery(mapping.SalesFilter.ToNumericODataFilter(), fields);
        var uncoupled = new List<EntityRecord>();
        await foreach (var sales in clients.Sales.QueryAsync(mapping.Sales, query, cancellationToken).ConfigureAwait(false))
        {
            if (!coupled.Contains(sales.Id))
            {
                uncoupled.Add(sales);
            }
        }

        return uncoupled;
    }
}
