using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Synchronizes one coupled record both ways (a merge) with a person's decisions for the fields that
    /// changed on both sides (<paramref name="decisions"/>, by <see cref="FieldConflict.Key"/>; see
    /// <see cref="ConflictPolicies.Decisions"/>). A conflict they did not decide still ends as
    /// <see cref="SyncOutcome.NeedsDecision"/> with nothing written; otherwise it writes and records like
    /// <see cref="SynchronizeAsync"/>. A deleted Sales record is <see cref="SyncOutcome.CounterpartMissing"/>:
    /// decisions about fields say nothing about what to do with a deleted record.
    /// </summary>
    public async Task<SyncResult> SynchronizeWithDecisionsAsync(
        TableMapping mapping, string number, IReadOnlyDictionary<string, ConflictResolution> decisions, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(decisions);
        var lookup = await FindAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        if (lookup is not { Coupling: { } coupling, SalesRecord: { } sales })
        {
            return new SyncResult(lookup is null ? SyncOutcome.RecordNotFound : lookup.Coupling is null ? SyncOutcome.NotCoupled : SyncOutcome.CounterpartMissing,
                Coupling: lookup?.Coupling);
        }

        if (SyncFailures.IsExcluded(coupling.LastSync?.Failure))
        {
            return new SyncResult(SyncOutcome.Skipped, Coupling: coupling, Message: coupling.LastSync!.Failure!.Error);
        }

        var businessCentral = lookup.Record;
        var lookups = await lookupResolver.ResolveAsync(mapping, [businessCentral], [sales], cancellationToken).ConfigureAwait(false);
        var plan = SyncPlanner.Plan(mapping, coupling, businessCentral, sales, SyncDirection.Automatic, ConflictPolicies.Decisions(decisions), lookups);
        return await CarryOutAsync(mapping, coupling, plan, businessCentral, sales, requestedBy, "still need a decision", cancellationToken).ConfigureAwait(false);
    }
}
