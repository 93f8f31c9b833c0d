using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Synchronizes the Business Central records with the given numbers in the asked-for direction, each exactly as
    /// <see cref="SynchronizeAsync"/> would, with the requests grouped: the records read a few dozen numbers per query,
    /// their couplings looked up by id, the coupled Sales records read and each side's changes written as the service's
    /// <see cref="SyncStrategy"/> sends them (Batched: <c>$batch</c>es; PerRecord, the anchor's: one request per record).
    /// Answers one result per number, in order (a number given twice gets the same result).
    /// </summary>
    /// <remarks>
    /// Made for sync job chunks. When a service or the storage does not answer at all, the outage is thrown (the job
    /// pauses and runs the chunk again; a sync writes only what still differs); any other failure is the record's.
    /// </remarks>
    public async Task<IReadOnlyList<SyncResult>> SynchronizeManyAsync(
        TableMapping mapping, IReadOnlyList<string> numbers, SyncDirection direction, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(numbers);
        var records = await FindRecordsAsync(mapping, numbers, mapping.BusinessCentralFields, cancellationToken).ConfigureAwait(false);
        var byId = records.Values.DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(r => r.Id, r => new SyncStep(r), StringComparer.OrdinalIgnoreCase);
        var steps = byId.Values.ToList();
        await FindCouplingsAsync(mapping, steps, cancellationToken).ConfigureAwait(false);
        SettleSkipped(steps);

        var coupled = steps.Where(s => s.Result is null).ToList();
        await ReadCounterpartsAsync(mapping, coupled, requestedBy, cancellationToken).ConfigureAwait(false);
        await PlanManyAsync(mapping, Open(coupled), direction, requestedBy, cancellationToken).ConfigureAwait(false);
        await WriteManyAsync(mapping, Open(coupled), requestedBy, cancellationToken).ConfigureAwait(false);

        // A number given twice is synchronized once; its second mention finds it in step.
        var answered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return [.. numbers.Select(number => !records.TryGetValue(number?.Trim() ?? "", out var record)
            ? new SyncResult(SyncOutcome.RecordNotFound)
            : answered.Add(record.Id) ? byId[record.Id].Result! : new SyncResult(SyncOutcome.Unchanged, Coupling: byId[record.Id].Coupling))];

        static List<SyncStep> Open(List<SyncStep> steps) => [.. steps.Where(s => s.Result is null)];
    }

    /// <summary>Each record's coupling, by its id: point reads, a few at a time; a look-up that fails fails its record.</summary>
    private async Task FindCouplingsAsync(TableMapping mapping, List<SyncStep> steps, CancellationToken cancellationToken)
    {
        await EachAsync(steps, async (step, ct) =>
        {
            step.Coupling = await couplings.FindByBusinessCentralIdAsync(mapping.Name, step.BusinessCentral.Id, ct).ConfigureAwait(false);
            return step.Coupling is null ? new SyncResult(SyncOutcome.NotCoupled) : null;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A Skipped record is not touched until a person retries it (as <see cref="SynchronizeAsync"/>).</summary>
    private static void SettleSkipped(List<SyncStep> steps)
    {
        foreach (var step in steps.Where(s => s.Result is null && SyncFailures.IsExcluded(s.Coupling!.LastSync?.Failure)))
        {
            step.Result = new SyncResult(SyncOutcome.Skipped, Coupling: step.Coupling, Message: step.Coupling!.LastSync!.Failure!.Error);
        }
    }

    /// <summary>
    /// Runs <paramref name="settle"/> for each step, a few at a time, and keeps what it answers (null: not settled yet).
    /// What would fail a single sync fails only its record here; an outage is thrown (the chunk pauses), and so is cancellation.
    /// </summary>
    private static async Task EachAsync(List<SyncStep> steps, Func<SyncStep, CancellationToken, Task<SyncResult?>> settle, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = CouplingLookupParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(steps, options, async (step, ct) =>
        {
            try
            {
                step.Result = await settle(step, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && !Outage.IsUnreachable(ex))
            {
                step.Result = new SyncResult(SyncOutcome.Failed, step.Plan, step.Coupling, ex.Message);
            }
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the coupled Sales records together; a record that is gone is handled by the mapping's deleted-counterpart
    /// rule, a read that failed fails its record (an outage is thrown).
    /// </summary>
    private async Task ReadCounterpartsAsync(TableMapping mapping, List<SyncStep> steps, string requestedBy, CancellationToken cancellationToken)
    {
        var reads = await requests.ReadManyAsync(clients.Sales, mapping.Sales, [.. steps.Select(s => s.Coupling!.SalesId)], mapping.SalesFields, cancellationToken)
            .ConfigureAwait(false);
        ThrowIfOutage(reads.Select(r => r.Error));
        foreach (var (step, read) in steps.Zip(reads))
        {
            step.Sales = read.Record;
            if (read.Error is { } error)
            {
                step.Result = new SyncResult(SyncOutcome.Failed, Coupling: step.Coupling, Message: error.Message);
            }
        }

        var deleted = steps.Where(s => s.Result is null && s.Sales is null).ToList();
        await EachAsync(deleted, async (step, ct) =>
            await HandleDeletedCounterpartAsync(mapping, step.BusinessCentral, step.Coupling!, requestedBy, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Plans every pair with their lookups resolved at once (per pair when resolving them together fails, so one record's
    /// lookup fails only that record); plans that must not be written are settled here.
    /// </summary>
    private async Task PlanManyAsync(TableMapping mapping, List<SyncStep> steps, SyncDirection direction, string requestedBy, CancellationToken cancellationToken)
    {
        var policy = direction == SyncDirection.Automatic ? ConflictPolicies.For(mapping.ConflictRule) : null;
        LookupValues? shared;
        try
        {
            shared = await lookupResolver.ResolveAsync(mapping, [.. steps.Select(s => s.BusinessCentral)], [.. steps.Select(s => s.Sales!)], cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !Outage.IsUnreachable(ex))
        {
            shared = null;
        }

        await EachAsync(steps, async (step, ct) =>
        {
            var lookups = shared ?? await lookupResolver.ResolveAsync(mapping, [step.BusinessCentral], [step.Sales!], ct).ConfigureAwait(false);
            step.Plan = SyncPlanner.Plan(mapping, step.Coupling!, step.BusinessCentral, step.Sales!, direction, policy, lookups);
            return await SettleUnwritableAsync(mapping, step.Coupling!, step.Plan, requestedBy, "changed on both sides", ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes each side's share of the plans, Sales first (a pair whose Sales write was refused is not written to Business
    /// Central), then stores every written or unchanged pair's state; a refused write is settled as a single one is.
    /// </summary>
    private async Task WriteManyAsync(TableMapping mapping, List<SyncStep> steps, string requestedBy, CancellationToken cancellationToken)
    {
        await WriteSideAsync(mapping, steps, Side.Sales, cancellationToken).ConfigureAwait(false);
        await WriteSideAsync(mapping, [.. steps.Where(s => s.Refusal is null && s.Result is null)], Side.BusinessCentral, cancellationToken).ConfigureAwait(false);
        await EachAsync([.. steps.Where(s => s.Result is null)], async (step, ct) => step.Refusal switch
        {
            null => await RecordSyncedAsync(mapping, step.Coupling!, step.Plan!, step.BusinessCentral, step.Sales!, requestedBy, ct).ConfigureAwait(false),
            var refusal when IsRefusal(refusal) => await RefusedAsync(mapping, step.Coupling!, step.Plan!, refusal, requestedBy, ct).ConfigureAwait(false),
            var failure => new SyncResult(SyncOutcome.Failed, step.Plan, step.Coupling, failure.Message), // throttled or signed out: says nothing about the record
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteSideAsync(TableMapping mapping, List<SyncStep> steps, Side side, CancellationToken cancellationToken)
    {
        var writes = steps.Where(s => SyncPlanner.ValuesFor(s.Plan!, side).Count > 0).ToList();
        foreach (var unversioned in writes.Where(s => string.IsNullOrEmpty((side == Side.Sales ? s.Sales! : s.BusinessCentral).ETag)).ToList())
        {
            // Never written without If-Match: a record read without its version is not written over.
            unversioned.Result = new SyncResult(SyncOutcome.Failed, unversioned.Plan, unversioned.Coupling, "The record was read without its version, so it was not written; synchronize it again.");
            writes.Remove(unversioned);
        }

        if (writes.Count == 0)
        {
            return;
        }

        var updates = writes.Select(s => side == Side.Sales
            ? new RecordUpdate(s.Sales!.Id, s.Sales.ETag, SyncPlanner.ValuesFor(s.Plan!, side))
            : new RecordUpdate(s.BusinessCentral.Id, s.BusinessCentral.ETag, SyncPlanner.ValuesFor(s.Plan!, side))).ToList();
        var results = side == Side.Sales
            ? await requests.UpdateManyAsync(clients.Sales, mapping.Sales, updates, mapping.SalesFields, cancellationToken).ConfigureAwait(false)
            : await requests.UpdateManyAsync(clients.BusinessCentral, mapping.BusinessCentral, updates, mapping.BusinessCentralFields, cancellationToken).ConfigureAwait(false);
        ThrowIfOutage(results.Select(r => r.Error));
        foreach (var result in results)
        {
            var step = writes[result.Index];
            if (!result.Succeeded)
            {
                step.Refusal = result.Error ?? new ServiceRequestException(side, null, null, "The write failed.");
            }
            else if (side == Side.Sales)
            {
                step.Sales = result.Record;
            }
            else
            {
                step.BusinessCentral = result.Record!;
            }
        }
    }

    /// <summary>Throws the first outage among <paramref name="errors"/> (<see cref="Outage.IsUnreachable"/>): it is no record's failure.</summary>
    private static void ThrowIfOutage(IEnumerable<ServiceRequestException?> errors)
    {
        if (errors.FirstOrDefault(e => e is not null && Outage.IsUnreachable(e)) is { } outage)
        {
            throw outage;
        }
    }

    /// <summary>One record of a <see cref="SynchronizeManyAsync"/> run, as it goes through the steps.</summary>
    private sealed class SyncStep(EntityRecord businessCentral)
    {
        public EntityRecord BusinessCentral { get; set; } = businessCentral;

        public Coupling? Coupling { get; set; }

        public EntityRecord? Sales { get; set; }

        public SyncPlan? Plan { get; set; }

        /// <summary>Why a write of this pair failed (the first side's), when one did.</summary>
        public ServiceRequestException? Refusal { get; set; }

        /// <summary>How it ended, once it has.</summary>
        public SyncResult? Result { get; set; }
    }
}
