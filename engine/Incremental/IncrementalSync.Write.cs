using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Incremental;

public sealed partial class IncrementalSync
{
    /// <summary>
    /// Writes each side's planned changes (If-Match on the version read) as the <see cref="SyncStrategy"/> sends writes
    /// (Batched: <c>$batch</c> per side and batch limit; PerRecord: a <c>PATCH</c> per record), then stores on every coupling
    /// the versions right after the write, so the next run does not take our writes for someone's changes. Pairs written
    /// from an assumed Sales state that the service refused (<see cref="StaleAssumptions"/>) are read, planned and
    /// written once more in the same run.
    /// </summary>
    private async Task WriteAsync(TableMapping mapping, List<Pair> pairs, Counters counters, CancellationToken cancellationToken)
    {
        await WriteSidesAsync(mapping, pairs, counters, cancellationToken).ConfigureAwait(false);
        var stale = StaleAssumptions(pairs);
        if (stale.Count > 0)
        {
            IncrementalLog.AssumedStateStale(logger, mapping.Name, stale.Count);
            var replanned = await PlanAsync(mapping, stale, salesFeedComplete: false, counters, cancellationToken).ConfigureAwait(false);
            await WriteSidesAsync(mapping, replanned, counters, cancellationToken).ConfigureAwait(false);
            pairs = [.. pairs.Except(stale), .. replanned];
        }

        var now = clock.GetUtcNow();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(pairs, options, async (pair, ct) =>
        {
            switch (pair.Error)
            {
                case null:
                    await SaveStateAsync(mapping, pair, now, ct).ConfigureAwait(false);
                    break;
                case ConcurrencyConflictException:
                    // Changed after we read it: that edit is in the next run's feeds, and the pair is planned again then.
                    Interlocked.Increment(ref counters.Failed);
                    break;
                default:
                    Interlocked.Increment(ref counters.Failed);
                    await RecordFailureAsync(mapping, pair, pair.Plan!, pair.Error, counters, ct).ConfigureAwait(false);
                    break;
            }
        }).ConfigureAwait(false);
    }

    private async Task WriteSidesAsync(TableMapping mapping, List<Pair> pairs, Counters counters, CancellationToken cancellationToken)
    {
        var toSales = pairs.Where(p => p.Plan!.ChangesOn(Side.Sales).Count > 0).ToList();
        var toBusinessCentral = pairs.Where(p => p.Plan!.ChangesOn(Side.BusinessCentral).Count > 0).ToList();
        await WriteSideAsync(mapping, toSales, Side.Sales, cancellationToken).ConfigureAwait(false);
        await WriteSideAsync(mapping, toBusinessCentral, Side.BusinessCentral, cancellationToken).ConfigureAwait(false);
        counters.ModifiedInSales += toSales.Count(p => p.SalesWritten);
        counters.ModifiedInBusinessCentral += toBusinessCentral.Count(p => p.BusinessCentralWritten);
    }

    private async Task WriteSideAsync(TableMapping mapping, List<Pair> pairs, Side side, CancellationToken cancellationToken)
    {
        if (pairs.Count == 0)
        {
            return;
        }

        var updates = pairs.Select(p =>
        {
            var record = side == Side.Sales ? p.Sales! : p.BusinessCentral!;
            return new RecordUpdate(record.Id, record.ETag, SyncPlanner.ValuesFor(p.Plan!, side));
        }).ToList();
        var results = side == Side.Sales
            ? await service.Requests.UpdateManyAsync(sales, mapping.Sales, updates, mapping.SalesFields, cancellationToken).ConfigureAwait(false)
            : await service.Requests.UpdateManyAsync(businessCentral, mapping.BusinessCentral, updates, mapping.BusinessCentralFields, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            var pair = pairs[result.Index];
            if (result.Succeeded)
            {
                if (side == Side.Sales)
                {
                    pair.Sales = result.Record;
                    pair.SalesWritten = true;
                }
                else
                {
                    pair.BusinessCentral = result.Record;
                    pair.BusinessCentralWritten = true;
                }
            }
            else
            {
                var error = result.Error ?? new ServiceRequestException(side, null, null, "The write failed.");
                pair.Error ??= error;
                IncrementalLog.WriteFailed(logger, mapping.Name, side.ToString(), pair.Coupling.BusinessCentralNumber, error.Message);
            }
        }
    }

    /// <summary>
    /// The coupling's new sync state after a successful write: both records' modified-on and version after the write
    /// (a side not written: as read), the new snapshot, no failure. A failed write is recorded by
    /// <see cref="RecordFailureAsync"/> instead (previous versions and snapshot kept), so the pair is retried next run.
    /// </summary>
    private async Task SaveStateAsync(TableMapping mapping, Pair pair, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (bc, s, last) = (pair.BusinessCentral!, pair.Sales!, pair.Coupling.LastSync);
        var state = new SyncState(now, RequestedBy, SyncDirection.Automatic, pair.Plan!.Changes.Count, bc.ModifiedOn, s.ModifiedOn,
            FieldSnapshot.Capture(mapping, bc, s), SyncFailures.Succeeded(last?.Failure), NullIfEmpty(bc.ETag), NullIfEmpty(s.ETag));
        var synced = pair.Coupling with { LastSync = state, SalesName = s[mapping.SalesNameField] ?? pair.Coupling.SalesName };
        try
        {
            await couplings.UpdateAsync(synced, cancellationToken).ConfigureAwait(false);
        }
        catch (CouplingChangedException)
        {
            // The records are written; only the bookkeeping lost a race (an uncouple, a manual sync).
            IncrementalLog.SyncStateNotSaved(logger, mapping.Name, pair.Coupling.BusinessCentralNumber);
        }
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
