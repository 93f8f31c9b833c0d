using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// The coupled Sales record is gone: applies <see cref="DeletedCounterpart.Decide"/> with the mapping's rule.
    /// Fail: <see cref="SyncOutcome.CounterpartMissing"/>, nothing changes. Uncouple: the coupling is removed.
    /// Restore: the Sales record is re-created from Business Central and the coupling re-pointed to it. Incremental sync
    /// applies Sales deletions through here too.
    /// </summary>
    internal async Task<SyncResult> HandleDeletedCounterpartAsync(
        TableMapping mapping, EntityRecord businessCentral, Coupling coupling, string requestedBy, CancellationToken cancellationToken)
    {
        var decision = DeletedCounterpart.Decide(mapping, businessCentral, null)!;
        switch (decision.Action)
        {
            case DeletedCounterpartRule.Uncouple:
                if (!await couplings.TryRemoveAsync(coupling, cancellationToken).ConfigureAwait(false))
                {
                    throw new CouplingChangedException($"The coupling of {mapping.Name} {coupling.BusinessCentralNumber} was changed or removed meanwhile.");
                }

                Log.Uncoupled(logger, mapping.Name, coupling.BusinessCentralNumber, coupling.SalesId);
                return new SyncResult(SyncOutcome.Uncoupled, Coupling: coupling, Message: decision.Message);
            case DeletedCounterpartRule.Restore:
                return await RestoreAsync(mapping, businessCentral, coupling, decision, requestedBy, cancellationToken).ConfigureAwait(false);
            default:
                return new SyncResult(SyncOutcome.CounterpartMissing, Coupling: coupling, Message: decision.Message);
        }
    }

    /// <summary>
    /// Re-creates the Sales record from the restore plan's plain-copy fields (option, constant and lookup fields
    /// are left to the next synchronization, as for create-and-couple), under the retry-safe key
    /// <see cref="CreateKeys.SalesKey"/>, then replaces the coupling with one to the new record.
    /// </summary>
    private async Task<SyncResult> RestoreAsync(
        TableMapping mapping, EntityRecord businessCentral, Coupling coupling, DeletedCounterpartDecision decision, string requestedBy, CancellationToken cancellationToken)
    {
        var plan = decision.Restore!;
        var values = plan.Changes.Where(c => c.Field.Enabled && c.Field.IsPlainCopy)
            .ToDictionary(c => c.Field.SalesField, c => FieldValues.Normalize(c.NewValue), StringComparer.Ordinal);
        var (sales, _) = await CreateSalesOnceAsync(mapping, businessCentral.Id, values, cancellationToken).ConfigureAwait(false);

        if (!await couplings.TryRemoveAsync(coupling, cancellationToken).ConfigureAwait(false))
        {
            throw new CouplingChangedException($"The coupling of {mapping.Name} {coupling.BusinessCentralNumber} was changed or removed meanwhile.");
        }

        var linked = await LinkAsync(mapping, businessCentral, sales, requestedBy, cancellationToken).ConfigureAwait(false);
        return new SyncResult(SyncOutcome.Restored, plan, linked.Coupling ?? linked.Existing, decision.Message);
    }
}
