using System.Collections.Concurrent;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Incremental;

public sealed partial class IncrementalSync
{
    /// <summary>
    /// The coupled pairs among the changes, each once (a pair changed on both sides has both records), without our
    /// own echoes. Couplings are looked up by id, one look-up per changed record; a full read lists the mapping's
    /// couplings once instead.
    /// </summary>
    private async Task<List<Pair>> PairAsync(
        TableMapping mapping, List<EntityRecord> bcChanges, IReadOnlyList<EntityRecord> salesChanges, bool fullRead, Counters counters, CancellationToken cancellationToken)
    {
        var index = fullRead ? await ListAsync(mapping, cancellationToken).ConfigureAwait(false) : null;
        var pairs = new ConcurrentDictionary<string, Pair>(StringComparer.OrdinalIgnoreCase);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(bcChanges, options, async (record, ct) =>
        {
            var coupling = index is null
                ? await couplings.FindByBusinessCentralIdAsync(mapping.Name, record.Id, ct).ConfigureAwait(false)
                : index.GetValueOrDefault(record.Id);
            Add(coupling, record, Side.BusinessCentral);
        }).ConfigureAwait(false);
        var bySales = index?.Values.ToDictionary(c => c.SalesId, StringComparer.OrdinalIgnoreCase);
        await Parallel.ForEachAsync(salesChanges, options, async (record, ct) =>
        {
            var coupling = bySales is null
                ? await couplings.FindBySalesIdAsync(mapping.Name, record.Id, ct).ConfigureAwait(false)
                : bySales.GetValueOrDefault(record.Id);
            Add(coupling, record, Side.Sales);
        }).ConfigureAwait(false);

        var changed = new List<Pair>();
        foreach (var pair in pairs.Values)
        {
            if (!pair.Changed)
            {
                counters.Unchanged++; // only our own writes came back
            }
            else
            {
                changed.Add(pair);
            }
        }

        return changed;

        void Add(Coupling? coupling, EntityRecord record, Side side)
        {
            if (coupling is null)
            {
                Interlocked.Increment(ref counters.Uncoupled);
                return;
            }

            var pair = pairs.GetOrAdd(coupling.BusinessCentralId, _ => new Pair(coupling));

            // A change whose version is what we stored after our own write is no change (the record is kept, saving a read).
            var foreign = EchoSuppression.HasForeignChange(coupling.LastSync, side, record) || SyncFailures.IsPending(coupling.LastSync?.Failure);
            lock (pair)
            {
                pair.Changed |= foreign;
                if (side == Side.BusinessCentral)
                {
                    pair.BusinessCentral = record;
                }
                else
                {
                    pair.Sales = record;
                }
            }
        }
    }

    private async Task<Dictionary<string, Coupling>> ListAsync(TableMapping mapping, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, Coupling>(StringComparer.OrdinalIgnoreCase);
        await foreach (var coupling in couplings.ListAsync(mapping.Name, cancellationToken).ConfigureAwait(false))
        {
            index[coupling.BusinessCentralId] = coupling;
        }

        return index;
    }

    /// <summary>
    /// Reads the records the pairs still lack (counterparts of pairs changed on one side, both records of a failed pair
    /// retried) as the service's <see cref="SyncStrategy"/> sends reads (Batched: a <c>$batch</c> per side and batch
    /// limit; PerRecord: a <c>GET</c> per record), except Sales records a complete delta feed shows unchanged, which the
    /// Batched strategy takes from the coupling's last synchronized state (<see cref="AssumeUnchangedSales"/>),
    /// handles pairs whose Sales record is gone by the mapping's deleted-counterpart rule, and plans the others with the
    /// mapping's conflict rule; answers the pairs with something to write.
    /// </summary>
    private async Task<List<Pair>> PlanAsync(TableMapping mapping, List<Pair> pairs, bool salesFeedComplete, Counters counters, CancellationToken cancellationToken)
    {
        var live = new List<Pair>(pairs.Count);
        foreach (var pair in pairs)
        {
            if (SyncFailures.IsExcluded(pair.Coupling.LastSync?.Failure))
            {
                counters.Failed++; // Skipped: waits for a person's Retry
            }
            else
            {
                live.Add(pair);
            }
        }

        AssumeUnchangedSales(mapping, live, salesFeedComplete);
        await ReadMissingAsync(mapping, live, counters, cancellationToken).ConfigureAwait(false);

        var policy = ConflictPolicies.For(mapping.ConflictRule);
        var lookups = await service.Lookups.ResolveAsync(
            mapping, [.. live.Select(p => p.BusinessCentral).OfType<EntityRecord>()], [.. live.Select(p => p.Sales).OfType<EntityRecord>()], cancellationToken).ConfigureAwait(false);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        var toWrite = new ConcurrentBag<Pair>();
        await Parallel.ForEachAsync(live, options, async (pair, ct) =>
        {
            if (pair.ReadFailed)
            {
                return;
            }

            if (pair.BusinessCentral is null)
            {
                IncrementalLog.CounterpartMissing(logger, mapping.Name, pair.Coupling.BusinessCentralNumber);
                Interlocked.Increment(ref counters.Failed);
                return;
            }

            if (pair.Sales is null)
            {
                await HandleDeletedAsync(mapping, pair, counters, ct).ConfigureAwait(false);
                return;
            }

            if (!mapping.AllowsBusinessCentral(pair.BusinessCentral) || (!pair.SalesAssumed && !mapping.AllowsSales(pair.Sales)))
            {
                Interlocked.Increment(ref counters.Unchanged); // filtered out: not synchronized
                return;
            }

            pair.Plan = SyncPlanner.Plan(mapping, pair.Coupling, pair.BusinessCentral, pair.Sales, SyncDirection.Automatic, policy, lookups);
            switch (pair.Plan.Outcome)
            {
                case PlanOutcome.NeedsDecision:
                    Interlocked.Increment(ref counters.Conflicts);
                    counters.Problems.Enqueue(new IncrementalSyncProblem(mapping.Name, pair.Coupling.BusinessCentralId, pair.Coupling.BusinessCentralNumber,
                        IncrementalProblemKind.Conflict, ConflictMessage(pair.Plan), clock.GetUtcNow()));
                    break;
                case PlanOutcome.Modified:
                    toWrite.Add(pair);
                    break;
                case PlanOutcome.Failed:
                    // A value that does not translate (a salesperson not coupled): recorded like a refused write, so it is retried and skipped the same way.
                    NoteFailure(mapping, pair, await service.RecordFailureAsync(mapping, pair.Coupling, pair.Plan, RequestedBy, ct).ConfigureAwait(false), counters);
                    Interlocked.Increment(ref counters.Failed);
                    break;
                default:
                    Interlocked.Increment(ref counters.Unchanged);
                    if (SyncFailures.IsPending(pair.Coupling.LastSync?.Failure))
                    {
                        toWrite.Add(pair); // nothing to write, but the failure is over: the new state clears it
                    }

                    break;
            }
        }).ConfigureAwait(false);
        return [.. toWrite];
    }

    /// <summary>
    /// Reads, per side, every record the pairs lack (<see cref="SyncStrategyRequests.ReadManyAsync"/>). A pair whose read failed (the service
    /// unreachable or throttled after the retries) is counted failed and holds the watermarks back for a later run.
    /// </summary>
    private async Task ReadMissingAsync(TableMapping mapping, List<Pair> pairs, Counters counters, CancellationToken cancellationToken)
    {
        var needBusinessCentral = pairs.Where(p => p.BusinessCentral is null).ToList();
        var needSales = pairs.Where(p => p.Sales is null && !p.SalesDeleted).ToList();
        var readBusinessCentral = needBusinessCentral.Count == 0
            ? Task.FromResult<IReadOnlyList<BatchRead>>([])
            : service.Requests.ReadManyAsync(businessCentral, mapping.BusinessCentral, [.. needBusinessCentral.Select(p => p.Coupling.BusinessCentralId)], mapping.BusinessCentralFields, cancellationToken);
        var readSales = needSales.Count == 0
            ? Task.FromResult<IReadOnlyList<BatchRead>>([])
            : service.Requests.ReadManyAsync(sales, mapping.Sales, [.. needSales.Select(p => p.Coupling.SalesId)], mapping.SalesFields, cancellationToken);
        await Task.WhenAll(readBusinessCentral, readSales).ConfigureAwait(false);

        foreach (var (pair, read) in needBusinessCentral.Zip(await readBusinessCentral.ConfigureAwait(false)))
        {
            pair.BusinessCentral = read.Record;
            Fail(pair, read);
        }

        foreach (var (pair, read) in needSales.Zip(await readSales.ConfigureAwait(false)))
        {
            pair.Sales = read.Record;
            Fail(pair, read);
        }

        void Fail(Pair pair, BatchRead read)
        {
            if (read.Error is { } error && !pair.ReadFailed)
            {
                pair.ReadFailed = true;
                counters.Failed++;
                counters.HoldWatermarks = true;
                IncrementalLog.ReadFailed(logger, mapping.Name, pair.Coupling.BusinessCentralNumber, error.Message);
            }
        }
    }

    /// <summary>What a person reads of a conflict: the fields changed on both sides, or that both records changed.</summary>
    private static string ConflictMessage(SyncPlan plan) => plan.Conflicts.Count == 0
        ? "Changed in both Business Central and Sales since the last sync; choose which to keep."
        : $"Changed on both sides ({string.Join(", ", plan.Conflicts.Select(c => c.Field.Label))}); choose which values to keep.";

    /// <summary>One coupled pair in a run: the records read (the changed ones first), the plan, the records after the writes.</summary>
    private sealed class Pair(Coupling coupling)
    {
        public Coupling Coupling { get; } = coupling;

        public EntityRecord? BusinessCentral { get; set; }

        public EntityRecord? Sales { get; set; }

        public bool Changed { get; set; }

        public SyncPlan? Plan { get; set; }

        /// <summary>
        /// <see cref="Sales"/> is the coupling's last synchronized state, not a read (<see cref="LastSynchronized"/>): it
        /// is written with If-Match on the stored version, and read after all when that write is refused.
        /// </summary>
        public bool SalesAssumed { get; set; }

        /// <summary>The Sales change feed reported the record deleted; it is not read.</summary>
        public bool SalesDeleted { get; set; }

        /// <summary>A record could not be read (after the retries); the pair is left for a later run.</summary>
        public bool ReadFailed { get; set; }

        public bool SalesWritten { get; set; }

        public bool BusinessCentralWritten { get; set; }

        /// <summary>The first write failure, as the single request would have thrown it.</summary>
        public ServiceRequestException? Error { get; set; }
    }
}
