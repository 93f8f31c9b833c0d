using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// Job items over <see cref="CouplingService"/>, a chunk at a time where requests can be grouped: Sync runs
/// <see cref="CouplingService.SynchronizeManyAsync"/> (the chunk's records read, and each side written, in
/// <c>$batch</c>es), Couple runs <see cref="CouplingService.MatchAndCoupleManyAsync"/> (one read of the Sales records
/// per chunk, new Sales records created in <c>$batch</c>es); Uncouple runs <see cref="CouplingService.UncoupleAsync"/>
/// one record at a time (storage only). A single Sync item runs <see cref="CouplingService.SynchronizeAsync"/>.
/// </summary>
/// <param name="service">The coupling service.</param>
/// <param name="clients">For listing the Business Central records of a mapping.</param>
/// <param name="couplings">For listing the couplings of a mapping.</param>
/// <param name="mappings">The mappings jobs may name.</param>
internal sealed class CouplingJobItemProcessor(CouplingService service, ServiceClients clients, ICouplingStore couplings, MappingCatalog mappings)
    : IJobChunkProcessor
{
    /// <inheritdoc />
    public async Task<JobItemResult> ProcessAsync(JobItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Find(item.Request.Mapping) is not { } mapping)
        {
            return NoMapping(item.Request);
        }

        return item.Request.Kind switch
        {
            JobKind.Sync => SyncResults.ToItemResult(
                mapping, item, await service.SynchronizeAsync(mapping, item.Key, item.Request.Direction, item.Request.RequestedBy, cancellationToken).ConfigureAwait(false)),
            JobKind.Uncouple => (await service.UncoupleAsync(mapping, item.Key, cancellationToken).ConfigureAwait(false)).Outcome switch
            {
                UncoupleOutcome.Uncoupled => new JobItemResult(JobItemOutcome.Uncoupled),
                UncoupleOutcome.NotCoupled => new JobItemResult(JobItemOutcome.Skipped, "Not coupled."),
                UncoupleOutcome.RecordNotFound => new JobItemResult(JobItemOutcome.Failed, $"{mapping.Name} {item.Key} does not exist."),
                _ => new JobItemResult(JobItemOutcome.Failed, "The coupling changed while it was being removed; try again."),
            },
            JobKind.Couple => (await ProcessChunkAsync([item], cancellationToken).ConfigureAwait(false))[0],
            _ => new JobItemResult(JobItemOutcome.Failed, $"Jobs of kind {item.Request.Kind} are not supported."),
        };
    }

    /// <inheritdoc />
    public bool ProcessesInChunks(JobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Kind is JobKind.Couple or JobKind.Sync;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobItemResult>> ProcessChunkAsync(IReadOnlyList<JobItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return [];
        }

        var request = items[0].Request;
        if (Find(request.Mapping) is not { } mapping)
        {
            return [.. items.Select(_ => NoMapping(request))];
        }

        if (request.Kind == JobKind.Sync)
        {
            var synced = await service.SynchronizeManyAsync(mapping, [.. items.Select(i => i.Key)], request.Direction, request.RequestedBy, cancellationToken).ConfigureAwait(false);
            return [.. items.Zip(synced, (item, result) => SyncResults.ToItemResult(mapping, item, result))];
        }

        if (request.Criteria is not { } criteria)
        {
            return [.. items.Select(_ => new JobItemResult(JobItemOutcome.Failed, "The couple job carries no match criteria."))];
        }

        var report = await service.MatchAndCoupleManyAsync(mapping, criteria, [.. items.Select(i => i.Key)], request.RequestedBy, cancellationToken).ConfigureAwait(false);
        return [.. report.Entries.Select(MatchResults.ToItemResult)];
    }

    /// <inheritdoc />
    /// <remarks>
    /// Sync and Uncouple: the Business Central numbers of the mapping's couplings (uncoupled records have
    /// nothing to sync or uncouple). Couple: the numbers of the Business Central records not coupled yet.
    /// </remarks>
    public async Task<IReadOnlyList<string>> ListAllAsync(JobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mapping = Find(request.Mapping) ?? throw new InvalidOperationException($"There is no mapping named {request.Mapping}.");
        var coupledNumbers = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var coupledIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (var coupling in couplings.ListAsync(mapping.Name, cancellationToken).ConfigureAwait(false))
        {
            coupledNumbers.Add(coupling.BusinessCentralNumber);
            coupledIds.Add(coupling.BusinessCentralId);
        }

        if (request.Kind != JobKind.Couple)
        {
            return [.. coupledNumbers];
        }

        var numbers = new List<string>();
        var query = new RecordQuery(null, [mapping.BusinessCentralNumberField]);
        await foreach (var record in clients.BusinessCentral.QueryAsync(mapping.BusinessCentral, query, cancellationToken).ConfigureAwait(false))
        {
            if (!coupledIds.Contains(record.Id) && record[mapping.BusinessCentralNumberField] is { } number)
            {
                numbers.Add(number);
            }
        }

        return numbers;
    }

    private static JobItemResult NoMapping(JobRequest request) =>
        new(JobItemOutcome.Failed, $"There is no mapping named {request.Mapping}.");

    private TableMapping? Find(string name) => mappings.TryGet(name);
}
