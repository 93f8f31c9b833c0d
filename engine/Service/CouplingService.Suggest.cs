using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>How many Sales records are fetched to rank; the best are offered.</summary>
    private const int CandidatePoolSize = 50;

    /// <summary>
    /// Uncoupled Sales records that may be the same as <paramref name="record"/>, best first, each
    /// with a score and the reasons.
    /// </summary>
    public async Task<IReadOnlyList<AccountCandidate>> SuggestAsync(TableMapping mapping, MatchProfile profile, EntityRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(record);
        if (CandidateRanker.PoolFilter(profile, record) is not { } pool)
        {
            return [];
        }

        var fields = mapping.SalesFields.Concat(profile.SalesFields).Distinct(StringComparer.Ordinal).ToList();
        var query = new RecordQuery(ODataFilter.AllOf([pool, mapping.SalesFilter.ToNumericODataFilter()]), fields, CandidatePoolSize);
        var pooled = new List<EntityRecord>();
        await foreach (var sales in clients.Sales.QueryAsync(mapping.Sales, query, cancellationToken).ConfigureAwait(false))
        {
            pooled.Add(sales);
        }

        // Rank everything, then drop the coupled ones: a coupled record can't be picked.
        var uncoupled = new List<AccountCandidate>();
        foreach (var candidate in CandidateRanker.Rank(profile, record, pooled, maximum: pooled.Count))
        {
            if (uncoupled.Count < CandidateRanker.MaximumCandidates && await couplings.FindBySalesIdAsync(mapping.Name, candidate.Record.Id, cancellationToken).ConfigureAwait(false) is null)
            {
                uncoupled.Add(candidate);
            }
        }

        return uncoupled;
    }
}
