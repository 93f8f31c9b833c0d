using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Synchronizes one coupled record in the asked-for direction: <see cref="SyncDirection.ToSales"/> /
    /// <see cref="SyncDirection.FromSales"/> copy one way, <see cref="SyncDirection.Automatic"/> merges field by
    /// field with the mapping's <see cref="TableMapping.ConflictRule"/>. Writes only the fields that differ, on
    /// each side with If-Match on the version it read, then stores both records' new versions and each side's
    /// mapped values (<see cref="FieldSnapshot"/>) on the coupling so the write is not mistaken later for a
    /// change made by someone else. A merge with conflicts left to a person writes nothing
    /// (<see cref="SyncOutcome.NeedsDecision"/>); a Skipped record is not touched until <see cref="RetryAsync"/>;
    /// a service refusing the write is recorded on the coupling (<see cref="SyncOutcome.Failed"/>); a deleted
    /// Sales record is handled by the mapping's <see cref="TableMapping.DeletedCounterpartRule"/>.
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

        if (SyncFailures.IsExcluded(coupling.LastSync?.Failure))
        {
            return new SyncResult(SyncOutcome.Skipped, Coupling: coupling, Message: coupling.LastSync!.Failure!.Error);
        }

        if (lookup.SalesRecord is not { } sales)
        {
            return await HandleDeletedCounterpartAsync(mapping, lookup.Record, coupling, requestedBy, cancellationToken).ConfigureAwait(false);
        }

        var businessCentral = lookup.Record;
        var plan = await PlanAsync(mapping, coupling, businessCentral, sales, direction, cancellationToken).ConfigureAwait(false);
        return await CarryOutAsync(mapping, coupling, plan, businessCentral, sales, requestedBy, "changed on both sides", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Carries a plan out, the same way for every kind of sync: values that don't translate fail the record; conflicts
    /// left to a person write nothing (<paramref name="undecided"/> says what the conflicting fields did); otherwise
    /// each side's changes are written under If-Match, then both versions and the field snapshot are stored.
    /// </summary>
    private async Task<SyncResult> CarryOutAsync(
        TableMapping mapping, Coupling coupling, SyncPlan plan, EntityRecord businessCentral, EntityRecord sales, string requestedBy, string undecided,
        CancellationToken cancellationToken)
    {
        if (await SettleUnwritableAsync(mapping, coupling, plan, requestedBy, undecided, cancellationToken).ConfigureAwait(false) is { } settled)
        {
            return settled;
        }

        if (plan.Changes.Count > 0)
        {
            try
            {
                (businessCentral, sales) = await WriteAsync(mapping, plan, businessCentral, sales, cancellationToken).ConfigureAwait(false);
            }
            catch (ServiceRequestException ex) when (IsRefusal(ex))
            {
                return await RefusedAsync(mapping, coupling, plan, ex, requestedBy, cancellationToken).ConfigureAwait(false);
            }
        }

        return await RecordSyncedAsync(mapping, coupling, plan, businessCentral, sales, requestedBy, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A plan that must not be written: values that don't translate fail the record (recorded on the coupling); conflicts
    /// left to a person write nothing (<paramref name="undecided"/> says what the conflicting fields did). Null for a plan to carry out.
    /// </summary>
    private async Task<SyncResult?> SettleUnwritableAsync(
        TableMapping mapping, Coupling coupling, SyncPlan plan, string requestedBy, string undecided, CancellationToken cancellationToken) => plan.Outcome switch
    {
        PlanOutcome.Failed => await RecordFailureAsync(mapping, coupling, plan, requestedBy, cancellationToken).ConfigureAwait(false),
        PlanOutcome.NeedsDecision => new SyncResult(SyncOutcome.NeedsDecision, plan, coupling,
            $"{plan.Conflicts.Count} field(s) {undecided}: {string.Join(", ", plan.Conflicts.Select(c => c.Field.Label))}."),
        _ => null,
    };

    /// <summary>A write the service refused for this record: changed since it was read (If-Match), or a refusal about the record itself.</summary>
    private static bool IsRefusal(ServiceRequestException exception) => exception is ConcurrencyConflictException || IsRecordFailure(exception);

    /// <summary>
    /// A refused write (<see cref="IsRefusal"/>): a record changed meanwhile is left for the next sync, nothing overwritten;
    /// any other refusal is recorded on the coupling, so the same error twice makes the record Skipped.
    /// </summary>
    private async Task<SyncResult> RefusedAsync(
        TableMapping mapping, Coupling coupling, SyncPlan plan, ServiceRequestException refusal, string requestedBy, CancellationToken cancellationToken) =>
        refusal is ConcurrencyConflictException
            ? new SyncResult(SyncOutcome.TargetChangedMeanwhile, plan, coupling)
            : await RecordFailureAsync(mapping, coupling, plan, refusal, requestedBy, cancellationToken).ConfigureAwait(false);

    /// <summary>After the writes (or none were needed): stores both versions and the field snapshot on the coupling.</summary>
    private async Task<SyncResult> RecordSyncedAsync(
        TableMapping mapping, Coupling coupling, SyncPlan plan, EntityRecord businessCentral, EntityRecord sales, string requestedBy, CancellationToken cancellationToken)
    {
        var state = new SyncState(clock.GetUtcNow(), requestedBy, plan.Direction, plan.Changes.Count, businessCentral.ModifiedOn, sales.ModifiedOn,
            FieldSnapshot.Capture(mapping, businessCentral, sales), SyncFailures.Succeeded(coupling.LastSync?.Failure), businessCentral.ETag, sales.ETag);
        var synced = await SaveSyncStateAsync(mapping, coupling with { LastSync = state, SalesName = sales[mapping.SalesNameField] ?? coupling.SalesName }, cancellationToken)
            .ConfigureAwait(false);
        Log.Synchronized(logger, mapping.Name, coupling.BusinessCentralNumber, plan.Direction, plan.Changes.Count);
        return new SyncResult(plan.Changes.Count > 0 ? SyncOutcome.Modified : SyncOutcome.Unchanged, plan, synced, Record: businessCentral);
    }

    /// <summary>
    /// What <see cref="SynchronizeAsync"/> would do, without writing anything: the plan (see
    /// <see cref="SyncPreview.Of"/> for its rows) with the records it was made from. The outcome is
    /// <see cref="SyncOutcome.Modified"/> when something would be written, <see cref="SyncOutcome.Unchanged"/> when
    /// not, <see cref="SyncOutcome.NeedsDecision"/> or <see cref="SyncOutcome.Failed"/> (with the reasons) as a
    /// sync would end, or why there is nothing to plan.
    /// </summary>
    public async Task<SyncResult> PreviewAsync(TableMapping mapping, string number, SyncDirection direction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var lookup = await FindAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        if (lookup is not { Coupling: { } coupling, SalesRecord: { } sales })
        {
            return new SyncResult(lookup is null ? SyncOutcome.RecordNotFound : lookup.Coupling is null ? SyncOutcome.NotCoupled : SyncOutcome.CounterpartMissing,
                Coupling: lookup?.Coupling, Record: lookup?.Record);
        }

        var plan = await PlanAsync(mapping, coupling, lookup.Record, sales, direction, cancellationToken).ConfigureAwait(false);
        var outcome = plan.Outcome switch
        {
            PlanOutcome.Failed => SyncOutcome.Failed,
            PlanOutcome.NeedsDecision => SyncOutcome.NeedsDecision,
            PlanOutcome.Unchanged => SyncOutcome.Unchanged,
            _ => SyncOutcome.Modified,
        };
        return new SyncResult(outcome, plan, coupling, plan.Failures.Count > 0 ? string.Join(" ", plan.Failures.Select(f => f.Message)) : null, lookup.Record);
    }

    /// <summary>Plans one pair with its lookups resolved; a merge settles conflicts with the mapping's rule.</summary>
    private async Task<SyncPlan> PlanAsync(
        TableMapping mapping, Coupling coupling, EntityRecord businessCentral, EntityRecord sales, SyncDirection direction, CancellationToken cancellationToken)
    {
        var lookups = await lookupResolver.ResolveAsync(mapping, [businessCentral], [sales], cancellationToken).ConfigureAwait(false);
        var policy = direction == SyncDirection.Automatic ? ConflictPolicies.For(mapping.ConflictRule) : null;
        return SyncPlanner.Plan(mapping, coupling, businessCentral, sales, direction, policy, lookups);
    }

    /// <summary>
    /// Stores a coupling's new sync state. When the coupling lost a race (e.g. an uncouple), the records are
    /// written and only the bookkeeping is lost: the next sync compares values again, at worst one write is repeated.
    /// </summary>
    private async Task<Coupling> SaveSyncStateAsync(TableMapping mapping, Coupling coupling, CancellationToken cancellationToken)
    {
        try
        {
            return await couplings.UpdateAsync(coupling, cancellationToken).ConfigureAwait(false);
        }
        catch (CouplingChangedException)
        {
            Log.SyncStateNotSaved(logger, mapping.Name, coupling.BusinessCentralNumber);
            return coupling;
        }
    }

    /// <summary>Writes each side's share of the plan (<see cref="SyncPlanner.ValuesFor"/>); a side with nothing to write is not called.</summary>
    private async Task<(EntityRecord BusinessCentral, EntityRecord Sales)> WriteAsync(
        TableMapping mapping, SyncPlan plan, EntityRecord businessCentral, EntityRecord sales, CancellationToken cancellationToken)
    {
        var toSales = SyncPlanner.ValuesFor(plan, Side.Sales);
        if (toSales.Count > 0)
        {
            sales = await clients.Sales.UpdateAsync(mapping.Sales, sales.Id, sales.ETag, toSales, mapping.SalesFields, cancellationToken).ConfigureAwait(false);
        }

        var toBusinessCentral = SyncPlanner.ValuesFor(plan, Side.BusinessCentral);
        if (toBusinessCentral.Count > 0)
        {
            businessCentral = await clients.BusinessCentral.UpdateAsync(
                mapping.BusinessCentral, businessCentral.Id, businessCentral.ETag, toBusinessCentral, mapping.BusinessCentralFields, cancellationToken).ConfigureAwait(false);
        }

        return (businessCentral, sales);
    }
}
