using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Engine.Incremental;

/// <summary>
/// Synchronizes what changed since the last run, both ways: Business Central by <c>lastModifiedDateTime</c>
/// watermark, Sales by change-tracking delta link, plus the couplings whose last sync failed. Its cost follows the
/// number of changed (and failed) records, never the table size: each changed record costs one coupling look-up;
/// counterparts are read and writes go out as the service's <see cref="Sync.SyncStrategy"/> groups them (Batched:
/// <c>$batch</c> requests; PerRecord, the anchor's: one request per record); unchanged records are never read. A
/// Sales deletion of a coupled record is handled by the mapping's deleted-counterpart rule.
/// </summary>
/// <remarks>
/// The first run of a mapping (no watermark yet) and a run whose delta link expired read the side in full, once.
/// Our own writes come back in the next run's feeds; they are dropped there by the versions stored on the coupling.
/// </remarks>
public sealed partial class IncrementalSync(
    BusinessCentralClient businessCentral,
    DataverseClient sales,
    ICouplingStore couplings,
    CouplingService service,
    WatermarkStore watermarks,
    TimeProvider clock,
    ILogger<IncrementalSync> logger) : IIncrementalSync
{
    /// <summary>Who the coupling's sync state names as having synchronized.</summary>
    public const string RequestedBy = "incremental-sync";

    private const int Parallelism = 8;

    /// <summary>Runs one mapping: pull both sides' changes, plan each changed coupled pair, write in batches, store versions and watermarks.</summary>
    public async Task<IncrementalSyncReport> RunAsync(TableMapping mapping, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var started = clock.GetUtcNow();
        var watermark = await watermarks.GetAsync(mapping.Name, cancellationToken).ConfigureAwait(false);
        var bcChanges = await ReadBusinessCentralAsync(mapping, watermark.BusinessCentralModifiedOn, cancellationToken).ConfigureAwait(false);
        var feed = await ReadSalesAsync(mapping, watermark.SalesDeltaLink, cancellationToken).ConfigureAwait(false);

        var counters = new Counters();
        var fullRead = watermark.BusinessCentralModifiedOn is null || feed.Full;
        var pairs = await PairAsync(mapping, bcChanges, feed.Upserts, fullRead, counters, cancellationToken).ConfigureAwait(false);
        await AddSalesDeletionsAsync(mapping, pairs, feed.Deleted, cancellationToken).ConfigureAwait(false);
        await AddPendingFailuresAsync(mapping, pairs, counters, cancellationToken).ConfigureAwait(false);
        var planned = await PlanAsync(mapping, pairs, salesFeedComplete: !feed.Full, counters, cancellationToken).ConfigureAwait(false);
        await WriteAsync(mapping, planned, counters, cancellationToken).ConfigureAwait(false);

        // A failure that says nothing about a record (unreachable, throttled) was not recorded on its coupling: keep the
        // watermarks, so the next run reads the same changes again.
        if (!counters.HoldWatermarks)
        {
            var newest = bcChanges.Count == 0 ? (DateTimeOffset?)null : bcChanges.Max(r => r.ModifiedOn);
            var next = Max(watermark.BusinessCentralModifiedOn, newest) is { } seen && seen < started ? seen : started;
            await watermarks.SaveAsync(new SyncWatermark(mapping.Name, next, feed.DeltaLink), cancellationToken).ConfigureAwait(false);
        }

        var report = new IncrementalSyncReport(mapping.Name, bcChanges.Count, feed.Upserts.Count, feed.Deleted.Count, feed.Full,
            counters.ModifiedInSales, counters.ModifiedInBusinessCentral, counters.Unchanged, counters.Uncoupled, counters.Conflicts, counters.Failed)
        {
            RetriedFailures = counters.RetriedFailures,
            DeletionsUncoupled = counters.DeletionsUncoupled,
            DeletionsRestored = counters.DeletionsRestored,
            DeletionsFailed = counters.DeletionsFailed,
            NewProblems = [.. counters.Problems],
        };
        IncrementalLog.Completed(logger, mapping.Name, report.BusinessCentralChanges, report.SalesChanges, report.ModifiedInSales,
            report.ModifiedInBusinessCentral, report.Unchanged, report.SkippedUncoupled, report.Conflicts, report.Failed, report.SalesDeletions);
        IncrementalLog.FailuresAndDeletions(logger, mapping.Name, report.RetriedFailures, report.DeletionsUncoupled, report.DeletionsRestored, report.DeletionsFailed);
        return report;
    }

    /// <summary>
    /// Business Central's changes: <c>lastModifiedDateTime gt watermark</c>, page by page. The same query in both
    /// strategies, since the anchor pulls by modified-on watermark too; so are the Sales delta feed and the coupling
    /// look-ups: the strategies differ only in the requests for counterparts and writes.
    /// </summary>
    private async Task<List<EntityRecord>> ReadBusinessCentralAsync(TableMapping mapping, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var records = new List<EntityRecord>();
        var source = since is { } watermark
            ? businessCentral.ModifiedSinceAsync(mapping.BusinessCentral, watermark, mapping.BusinessCentralFields, cancellationToken)
            : businessCentral.QueryAsync(mapping.BusinessCentral, new RecordQuery(null, mapping.BusinessCentralFields), cancellationToken);
        await foreach (var record in source.ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records;
    }

    private async Task<SalesFeed> ReadSalesAsync(TableMapping mapping, string? deltaLink, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadFeedAsync(mapping, deltaLink, cancellationToken).ConfigureAwait(false);
        }
        catch (ChangeTrackingExpiredException) when (deltaLink is not null)
        {
            IncrementalLog.DeltaLinkExpired(logger, mapping.Name);
            return await ReadFeedAsync(mapping, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the feed to its end; only then is its delta link known (a feed cut short throws, and nothing is stored).</summary>
    private async Task<SalesFeed> ReadFeedAsync(TableMapping mapping, string? deltaLink, CancellationToken cancellationToken)
    {
        var upserts = new Dictionary<string, EntityRecord>(StringComparer.OrdinalIgnoreCase);
        var deleted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? next = null;
        await foreach (var change in sales.ChangesAsync(mapping.Sales, mapping.SalesFields, deltaLink, cancellationToken).ConfigureAwait(false))
        {
            switch (change)
            {
                case RecordUpserted upserted:
                    upserts[upserted.Record.Id] = upserted.Record;
                    deleted.Remove(upserted.Record.Id);
                    break;
                case RecordDeleted gone:
                    upserts.Remove(gone.Id);
                    deleted.Add(gone.Id);
                    break;
                case ChangesComplete complete:
                    next = complete.DeltaLink;
                    break;
            }
        }

        return new SalesFeed([.. upserts.Values], [.. deleted], next!, deltaLink is null);
    }

    /// <summary>Notes a failure just recorded on a coupling as a new problem when it is the first of its error (count one).</summary>
    private void NoteFailure(TableMapping mapping, Pair pair, SyncResult recorded, Counters counters)
    {
        if (recorded.Coupling?.LastSync?.Failure is { Count: 1 } failure)
        {
            counters.Problems.Enqueue(new IncrementalSyncProblem(
                mapping.Name, pair.Coupling.BusinessCentralId, pair.Coupling.BusinessCentralNumber, IncrementalProblemKind.Failed, failure.Error, clock.GetUtcNow()));
        }
    }

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private sealed record SalesFeed(IReadOnlyList<EntityRecord> Upserts, IReadOnlyList<string> Deleted, string DeltaLink, bool Full);

    private sealed class Counters
    {
        public int ModifiedInSales;
        public int ModifiedInBusinessCentral;
        public int Unchanged;
        public int Uncoupled;
        public int Conflicts;
        public int Failed;
        public int RetriedFailures;
        public int DeletionsUncoupled;
        public int DeletionsRestored;
        public int DeletionsFailed;
        public bool HoldWatermarks;
        public readonly System.Collections.Concurrent.ConcurrentQueue<IncrementalSyncProblem> Problems = new();
    }
}
