using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Synchronizes one coupled record in the asked-for direction: writes only the fields that
    /// differ, with If-Match on the version it read, then stores both records' new versions on the
    /// coupling so the write is not mistaken later for a change made by someone else.
    /// </summary>
    public async Task<SyncResult> SynchronizeAsync(TableMapping mapping, string number, SyncDirection direction, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var lookup = await FindAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        if (lookup is null)
        {
            return new SyncResult(SyncOutcome.RecordNotFound);
        }

        if (lookup.Coupling is not { } coupling)
        {
            return new SyncResult(SyncOutcome.NotCoupled);
        }

        if (lookup.SalesRecord is not { } sales)
        {
            return new SyncResult(SyncOutcome.CounterpartMissing, Coupling: coupling);
        }

        var businessCentral = lookup.Record;
        var plan = SyncPlanner.Plan(mapping, coupling, businessCentral, sales, direction);
        if (plan.Changes.Count > 0)
        {
            try
            {
                (businessCentral, sales) = await WriteAsync(mapping, plan, businessCentral, sales, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException)
            {
                return new SyncResult(SyncOutcome.TargetChangedMeanwhile, plan, coupling);
            }
        }

        var state = new SyncState(clock.GetUtcNow(), requestedBy, direction, plan.Changes.Count, businessCentral.ModifiedOn, sales.ModifiedOn);
        var synced = coupling with { LastSync = state, SalesName = sales[mapping.SalesNameField] ?? coupling.SalesName };
        try
        {
            synced = await couplings.UpdateAsync(synced, cancellationToken).ConfigureAwait(false);
        }
        catch (CouplingChangedException)
        {
            // The records are written; only the bookkeeping lost a race (e.g. an uncouple). The next
            // sync compares values again, so nothing is lost, at worst one write is repeated.
            Log.SyncStateNotSaved(logger, mapping.Name, coupling.BusinessCentralNumber);
        }

        Log.Synchronized(logger, mapping.Name, coupling.BusinessCentralNumber, direction, plan.Changes.Count);
        return new SyncResult(plan.Changes.Count > 0 ? SyncOutcome.Modified : SyncOutcome.Unchanged, plan, synced);
    }

    private async Task<(EntityRecord BusinessCentral, EntityRecord Sales)> WriteAsync(
        TableMapping mapping, SyncPlan plan, EntityRecord businessCentral, EntityRecord sales, CancellationToken cancellationToken)
    {
        var values = SyncPlanner.TargetValues(plan);
        return plan.Target == Side.Sales
            ? (businessCentral, await clients.Sales.UpdateAsync(mapping.Sales, sales.Id, sales.ETag, values, mapping.SalesFields, cancellationToken).ConfigureAwait(false))
            : (await clients.BusinessCentral.UpdateAsync(mapping.BusinessCentral, businessCentral.Id, businessCentral.ETag, values, mapping.BusinessCentralFields, cancellationToken).ConfigureAwait(false), sales);
    }
}
