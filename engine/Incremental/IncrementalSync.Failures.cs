using System.Net;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Incremental;

public sealed partial class IncrementalSync
{
    /// <summary>
    /// Adds the couplings whose last sync failed and that are not Skipped (<see cref="ICouplingStore.ListPendingFailuresAsync"/>)
    /// and that no feed brought in: nobody edits them, yet they are synchronized again. Both records are read later, in batches.
    /// </summary>
    private async Task AddPendingFailuresAsync(TableMapping mapping, List<Pair> pairs, Counters counters, CancellationToken cancellationToken)
    {
        var present = pairs.Select(p => p.Coupling.BusinessCentralId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        await foreach (var coupling in couplings.ListPendingFailuresAsync(mapping.Name, cancellationToken).ConfigureAwait(false))
        {
            if (present.Add(coupling.BusinessCentralId))
            {
                pairs.Add(new Pair(coupling) { Changed = true });
                counters.RetriedFailures++;
            }
        }
    }

    /// <summary>
    /// Adds a pair for each Sales row the change feed reported deleted whose coupling still exists (one coupling look-up
    /// per deletion); uncoupled deletions are only counted in the report.
    /// </summary>
    private async Task AddSalesDeletionsAsync(TableMapping mapping, List<Pair> pairs, IReadOnlyList<string> deleted, CancellationToken cancellationToken)
    {
        var found = new Coupling?[deleted.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, deleted.Count), options, async (i, ct) =>
            found[i] = await couplings.FindBySalesIdAsync(mapping.Name, deleted[i], ct).ConfigureAwait(false)).ConfigureAwait(false);

        var byId = pairs.ToDictionary(p => p.Coupling.BusinessCentralId, StringComparer.OrdinalIgnoreCase);
        foreach (var coupling in found.OfType<Coupling>())
        {
            if (!byId.TryGetValue(coupling.BusinessCentralId, out var pair))
            {
                pair = new Pair(coupling) { Changed = true };
                byId[coupling.BusinessCentralId] = pair;
                pairs.Add(pair);
            }

            pair.Sales = null;
            pair.SalesDeleted = true;
        }
    }

    /// <summary>
    /// The coupled Sales record is gone: <see cref="CouplingService"/> applies the mapping's
    /// <see cref="TableMapping.DeletedCounterpartRule"/> as for a manual sync (Uncouple removes the coupling, Restore
    /// re-creates the record under its deterministic key); Fail records the failure on the coupling, so the pair is
    /// tried once more and then Skipped, visible to people.
    /// </summary>
    private async Task HandleDeletedAsync(TableMapping mapping, Pair pair, Counters counters, CancellationToken cancellationToken)
    {
        try
        {
            var result = await service.HandleDeletedCounterpartAsync(mapping, pair.BusinessCentral!, pair.Coupling, RequestedBy, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case SyncOutcome.Uncoupled:
                    Interlocked.Increment(ref counters.DeletionsUncoupled);
                    break;
                case SyncOutcome.Restored:
                    Interlocked.Increment(ref counters.DeletionsRestored);
                    break;
                default:
                    IncrementalLog.CounterpartMissing(logger, mapping.Name, pair.Coupling.BusinessCentralNumber);
                    await RecordFailureAsync(mapping, pair, EmptyPlan,
                        new RecordNotFoundException(Side.Sales, HttpStatusCode.NotFound, null, result.Message ?? "The coupled Sales record was deleted."), counters, cancellationToken)
                        .ConfigureAwait(false);
                    Interlocked.Increment(ref counters.DeletionsFailed);
                    break;
            }
        }
        catch (CouplingChangedException)
        {
            IncrementalLog.SyncStateNotSaved(logger, mapping.Name, pair.Coupling.BusinessCentralNumber);
            Interlocked.Increment(ref counters.Failed);
        }
        catch (ServiceRequestException failure)
        {
            // Restore could not create the record.
            IncrementalLog.WriteFailed(logger, mapping.Name, nameof(Side.Sales), pair.Coupling.BusinessCentralNumber, failure.Message);
            await RecordFailureAsync(mapping, pair, EmptyPlan, failure, counters, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref counters.DeletionsFailed);
        }
    }

    /// <summary>
    /// Records a failure on the pair's coupling through <see cref="CouplingService"/> (the same error twice makes it
    /// Skipped; the first of an error is a new problem of the run). A failure that says nothing about the record (unreachable, throttled, sign-in) is not recorded; the
    /// run keeps its watermarks instead, so the same changes are read again.
    /// </summary>
    private async Task RecordFailureAsync(
        TableMapping mapping, Pair pair, SyncPlan plan, ServiceRequestException failure, Counters counters, CancellationToken cancellationToken)
    {
        if (!CouplingService.IsRecordFailure(failure))
        {
            counters.HoldWatermarks = true;
            return;
        }

        var recorded = await service.RecordFailureAsync(mapping, pair.Coupling, plan, failure, RequestedBy, cancellationToken).ConfigureAwait(false);
        NoteFailure(mapping, pair, recorded, counters);
    }

    private static SyncPlan EmptyPlan => new(SyncDirection.Automatic, [], false, false, false);
}
