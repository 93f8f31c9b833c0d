using System.Collections.Concurrent;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    // Coupling look-ups by id in flight at once (point reads of one partition; enough to hide the round trips).
    private const int CouplingLookupParallelism = 16;

    /// <summary>
    /// A match run for a job chunk's <paramref name="records"/> that reads only what they need from the couplings:
    /// the coupling of each record, by its id, and, when the criteria have groups, the coupling of each Sales record
    /// one of them could pick (<see cref="MatchRun.SalesToConsider"/>), by the Sales id. Point reads, a few at a time,
    /// so a chunk costs as many coupling reads as it has records and candidates, whatever the mapping's size.
    /// </summary>
    /// <remarks>
    /// With groups the Sales records that pass the filter are still read whole for every chunk: a query by the chunk's
    /// keys would have to reproduce the trimmed comparison (Dataverse's <c>eq</c> does not trim) and, a few dozen keys
    /// per query to keep URLs short, could cost more Dataverse requests than the pages it saves. Only their couplings
    /// are no longer read whole.
    /// </remarks>
    private async Task<MatchRun> StartChunkRunAsync(
        TableMapping mapping, MatchCriteria criteria, IReadOnlyCollection<EntityRecord> records, CancellationToken cancellationToken)
    {
        var sales = await ReadSalesAsync(mapping, criteria, cancellationToken).ConfigureAwait(false);
        var considered = MatchRun.SalesToConsider(mapping, criteria, records, sales);
        var coupledRecords = new ConcurrentBag<string>();
        var coupledSales = new ConcurrentBag<string>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = CouplingLookupParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(records.Select(r => r.Id).Distinct(StringComparer.OrdinalIgnoreCase), options, async (id, ct) =>
        {
            if (await couplings.FindByBusinessCentralIdAsync(mapping.Name, id, ct).ConfigureAwait(false) is { } coupling)
            {
                coupledRecords.Add(coupling.BusinessCentralId);
                coupledSales.Add(coupling.SalesId);
            }
        }).ConfigureAwait(false);
        await Parallel.ForEachAsync(considered, options, async (record, ct) =>
        {
            if (await couplings.FindBySalesIdAsync(mapping.Name, record.Id, ct).ConfigureAwait(false) is not null)
            {
                coupledSales.Add(record.Id);
            }
        }).ConfigureAwait(false);
        return new MatchRun(mapping, criteria, coupledRecords, coupledSales, considered);
    }
}
