using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// Job items over <see cref="CouplingService"/>: Sync runs <see cref="CouplingService.SynchronizeAsync"/>,
/// Uncouple runs <see cref="CouplingService.UncoupleAsync"/>. Couple items need a chosen Sales record
/// per item, which a job request does not carry yet: they fail with a message saying so.
/// </summary>
/// <param name="service">The coupling service.</param>
/// <param name="clients">For listing all records of a mapping.</param>
/// <param name="mappings">The mappings jobs may name.</param>
internal sealed class CouplingJobItemProcessor(CouplingService service, ServiceClients clients, MappingCatalog mappings) : IJobItemProcessor
{
    /// <inheritdoc />
    public async Task<JobItemResult> ProcessAsync(JobItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Find(item.Request.Mapping) is not { } mapping)
        {
            return new JobItemResult(JobItemOutcome.Failed, $"There is no mapping named {item.Request.Mapping}.");
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
            _ => new JobItemResult(JobItemOutcome.Failed, "Coupling in a job is not supported yet; couple records one at a time."),
        };
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListAllAsync(JobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mapping = Find(request.Mapping) ?? throw new InvalidOperationException($"There is no mapping named {request.Mapping}.");
        var numbers = new List<string>();
        var query = new RecordQuery(null, [mapping.BusinessCentralNumberField]);
        await foreach (var record in clients.BusinessCentral.QueryAsync(mapping.BusinessCentral, query, cancellationToken).ConfigureAwait(false))
        {
            if (record[mapping.BusinessCentralNumberField] is { } number)
            {
                numbers.Add(number);
            }
        }

        return numbers;
    }

    private TableMapping? Find(string name) => mappings.TryGet(name);
}
