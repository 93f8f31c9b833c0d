using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Lookups;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Engine.Service;

/// <summary>
/// What people can do with coupled records: look up, find candidates, couple, uncouple and
/// synchronize. Reads and writes both services through <see cref="ServiceClients"/> and keeps
/// couplings in an <see cref="ICouplingStore"/>; every decision is made by pure code
/// (<see cref="Matching.CandidateRanker"/>, <see cref="Sync.SyncPlanner"/>).
/// </summary>
/// <param name="clients">Both services.</param>
/// <param name="couplings">Where couplings are kept.</param>
/// <param name="clock">The time.</param>
/// <param name="logger">The log.</param>
/// <param name="mappings">The mappings lookups translate through (default: <see cref="MappingCatalog.Default"/>).</param>
/// <param name="sync">How bulk creates and the incremental sync send their requests (default: <see cref="SyncStrategy.Batched"/>).</param>
public sealed partial class CouplingService(
    ServiceClients clients,
    ICouplingStore couplings,
    TimeProvider clock,
    ILogger<CouplingService> logger,
    MappingCatalog? mappings = null,
    SyncStrategyOptions? sync = null)
{
    private readonly MappingCatalog catalog = mappings ?? MappingCatalog.Default;
    private readonly LookupResolver lookupResolver = new(clients, couplings, mappings ?? MappingCatalog.Default, clock);
    private readonly SyncStrategyRequests requests = SyncStrategyRequests.For(sync?.Strategy ?? SyncStrategy.Batched);

    /// <summary>The mappings in use: the configured ones (<c>Mappings:</c> settings) when the host gave them, else the shipped defaults.</summary>
    public MappingCatalog Mappings => catalog;

    /// <summary>What lookups translate through, for the incremental sync's plans (the same resolver the service plans with).</summary>
    internal LookupResolver Lookups => lookupResolver;

    /// <summary>How record reads, writes and creates go out (the configured <see cref="SyncStrategy"/>), for the incremental sync too.</summary>
    internal SyncStrategyRequests Requests => requests;

    /// <summary>A Business Central record by number with its coupling and coupled Sales record; null when it doesn't exist.</summary>
    public async Task<RecordLookup?> FindAsync(TableMapping mapping, string number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var record = await FindRecordAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        var coupling = await couplings.FindByBusinessCentralIdAsync(mapping.Name, record.Id, cancellationToken).ConfigureAwait(false);
        var sales = coupling is null
            ? null
            : await clients.Sales.GetAsync(mapping.Sales, coupling.SalesId, mapping.SalesFields, cancellationToken).ConfigureAwait(false);
        return new RecordLookup(record, coupling, sales);
    }

    private async Task<EntityRecord?> FindRecordAsync(TableMapping mapping, string number, CancellationToken cancellationToken)
    {
        var query = new RecordQuery(ODataFilter.Equal(mapping.BusinessCentralNumberField, number.Trim()), mapping.BusinessCentralFields, Top: 1);
        await foreach (var record in clients.BusinessCentral.QueryAsync(mapping.BusinessCentral, query, cancellationToken).ConfigureAwait(false))
        {
            return record;
        }

        return null;
    }
}
