using System.Collections.Concurrent;
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
    /// Reads the counterpart of each pair changed on one side only (one read per such pair) and plans it with the
    /// mapping's conflict rule; answers the pairs with something to write.
    /// </summary>
    private async Task<List<Pair>> PlanAsync(TableMapping mapping, List<Pair> pairs, Counters counters, CancellationToken cancellationToken)
    {
        var policy = ConflictPolicies.For(mapping.ConflictRule);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
        var toWrite = new ConcurrentBag<Pair>();
        await Parallel.ForEachAsync(pairs, options, async (pair, ct) =>
        {
            if (SyncFailures.IsExcluded(pair.Coupling.LastSync?.Failure))
            {
                Interlocked.Increment(ref counters.Failed);
                return;
            }

            pair.BusinessCentral ??= await businessCentral.GetAsync(mapping.BusinessCentral, pair.Coupling.BusinessCentralId, mapping.BusinessCentralFields, ct).ConfigureAwait(false);
            pair.Sales ??= await sales.GetAsync(mapping.Sales, pair.Coupling.SalesId, mapping.SalesFields, ct).ConfigureAwait(false);
            if (pair.BusinessCentral is null || pair.Sales is null)
            {
                IncrementalLog.CounterpartMissing(logger, mapping.Name, pair.Coupling.BusinessCentralNumber);
                Interlocked.Increment(ref counters.Failed);
                return;
            }

            if (!mapping.AllowsBusinessCentral(pair.BusinessCentral) || !mapping.AllowsSales(pair.Sales))
            {
                Interlocked.Increment(ref counters.Unchanged); // filtered out: not synchronized
                return;
            }

            pair.Plan = SyncPlanner.Plan(mapping, pair.Coupling, pair.BusinessCentral, pair.Sales, SyncDirection.Automatic, policy);
            switch (pair.Plan.Outcome)
            {
                case PlanOutcome.NeedsDecision:
                    Interlocked.Increment(ref counters.Conflicts);
                    break;
                case PlanOutcome.Modified:
                    toWrite.Add(pair);
                    break;
                default:
                    Interlocked.Increment(ref counters.Unchanged);
                    break;
            }
        }).ConfigureAwait(false);
        return [.. toWrite];
    }

    /// <summary>One coupled pair in a run: the records read (the changed ones first), the plan, the records after the writes.</summary>
    private sealed class Pair(Coupling coupling)
    {
        public Coupling Coupling { get; } = coupling;

        public EntityRecord? BusinessCentral { get; set; }

        public EntityRecord? Sales { get; set; }

        public bool Changed { get; set; }

        public SyncPlan? Plan { get; set; }

        public bool SalesWritten { get; set; }

        public bool BusinessCentralWritten { get; set; }

        public string? Error { get; set; }
    }
}
