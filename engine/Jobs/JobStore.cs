using System.Globalization;
using System.Net;
using Azure;
using Azure.Data.Tables;
using CouplingBot.Engine.Storage;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// The <c>Jobs</c> and <c>JobErrors</c> tables (failed items, and skipped items with their reason, told
/// apart by the row's <c>Outcome</c>). Every job update carries the ETag it read, so two
/// workers that both think they own a job (one whose message became visible again) cannot both win.
/// </summary>
public sealed class JobStore
{
    private readonly TableClient _jobs;
    private readonly TableClient _errors;
    private readonly string _scope;
    private TablesOnFirstUse? _created;

    /// <summary>Creates the store on the configured tables.</summary>
    public JobStore(TableServiceClient service, IOptions<StorageOptions> storage, IOptions<JobOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        _jobs = service.GetTableClient(options.Value.JobsTable);
        _errors = service.GetTableClient(options.Value.ErrorsTable);
        _scope = storage.Value.Scope;
    }

    /// <summary>Writes a new job row; returns it with its ETag.</summary>
    public async Task<JobInfo> CreateAsync(JobInfo job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var row = JobRows.Full(_scope, job);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Add, row),
            .. JobIndexRows.For(row.PartitionKey, job).Select(i => new TableTransactionAction(TableTransactionActionType.Add, i)),
            .. JobRows.OverflowRows(_scope, job).Select(o => new TableTransactionAction(TableTransactionActionType.UpsertReplace, o)),
        ];
        var response = await _jobs.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        if (response.Value[0].Headers.ETag is { } etag)
        {
            return job with { ETag = etag.ToString() };
        }

        return await GetAsync(job.Id, cancellationToken).ConfigureAwait(false) ?? job;
    }

    /// <summary>
    /// The newest jobs first, at most <paramref name="count"/>, of <paramref name="requestedBy"/> or of
    /// everyone: one range query on the index (<see cref="JobIndexRows"/>), then the job rows read in parallel.
    /// An index row whose job row is gone is skipped; jobs created before the index existed have no index rows.
    /// </summary>
    public async Task<IReadOnlyList<JobInfo>> ListRecentAsync(string? requestedBy, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var filter = JobIndexRows.Filter(TableKeys.Sanitize(_scope), JobIndexRows.Prefix(requestedBy));
        var ids = new List<string>(count);
        await foreach (var row in _jobs.QueryAsync<TableEntity>(filter, count, ["JobId"], cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("JobId") is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            if (ids.Count == count)
            {
                break;
            }
        }

        var jobs = await Task.WhenAll(ids.Select(id => GetAsync(id, cancellationToken))).ConfigureAwait(false);
        return [.. jobs.OfType<JobInfo>()];
    }

    /// <summary>The job, or null.</summary>
    public async Task<JobInfo?> GetAsync(string jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var response = await _jobs.GetEntityIfExistsAsync<TableEntity>(TableKeys.Sanitize(_scope), TableKeys.Sanitize(jobId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue)
        {
            return null;
        }

        var row = response.Value!;
        if (!JobRows.HasOverflow(row))
        {
            return JobRows.ToJob(row);
        }

        var overflow = new List<TableEntity>();
        await foreach (var extra in _jobs.QueryAsync<TableEntity>(JobRows.OverflowFilter(_scope, jobId), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            overflow.Add(extra);
        }

        return JobRows.ToJob(row, overflow);
    }

    /// <summary>
    /// Saves status, counters, checkpoint and times (and the item list when <paramref name="withItems"/>)
    /// if the row still has <see cref="JobInfo.ETag"/>; null when someone else changed it meanwhile. A long item list's
    /// overflow rows are written first: until the job's row counts them, no reader looks at them.
    /// </summary>
    public async Task<JobInfo?> TryUpdateAsync(JobInfo job, bool withItems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var row = withItems ? JobRows.ProgressWithItems(_scope, job) : JobRows.Progress(_scope, job);
        try
        {
            if (withItems)
            {
                foreach (var overflow in JobRows.OverflowRows(_scope, job))
                {
                    await _jobs.UpsertEntityAsync(overflow, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
            }

            var response = await _jobs.UpdateEntityAsync(row, new ETag(job.ETag), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return job with { ETag = response.Headers.ETag?.ToString() ?? "" };
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>Records a failed item; a re-run item that fails (or is skipped) again replaces its row.</summary>
    public Task AddErrorAsync(JobError error, CancellationToken cancellationToken) => AddItemRowAsync(error, JobItemOutcome.Failed, cancellationToken);

    /// <summary>Records why an item was skipped (e.g. no unique match); a re-run item replaces its row.</summary>
    public Task AddSkippedAsync(JobError skipped, CancellationToken cancellationToken) => AddItemRowAsync(skipped, JobItemOutcome.Skipped, cancellationToken);

    /// <summary>The job's failed items in item order.</summary>
    public Task<IReadOnlyList<JobError>> ErrorsAsync(string jobId, CancellationToken cancellationToken) =>
        ItemRowsAsync(jobId, JobItemOutcome.Failed, cancellationToken);

    /// <summary>The job's skipped items that said why, in item order.</summary>
    public Task<IReadOnlyList<JobError>> SkippedAsync(string jobId, CancellationToken cancellationToken) =>
        ItemRowsAsync(jobId, JobItemOutcome.Skipped, cancellationToken);

    private async Task AddItemRowAsync(JobError error, JobItemOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(error);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(TableKeys.Sanitize(error.JobId), error.Index.ToString("D8", CultureInfo.InvariantCulture))
        {
            ["Record"] = error.Record,
            ["Message"] = error.Message,
            ["At"] = error.At,
            ["Outcome"] = outcome.ToString(),
        };
        await _errors.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Removes the failed and skipped rows of items <paramref name="fromIndex"/> on: a worker resuming at that checkpoint
    /// runs them again, and the counters saved with the checkpoint do not count them, so a row a crashed worker left for an
    /// item that now succeeds must not stay in the job log.
    /// </summary>
    public async Task ForgetItemRowsFromAsync(string jobId, int fromIndex, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Sanitize(jobId);
        var from = fromIndex.ToString("D8", CultureInfo.InvariantCulture);
        var rows = _errors.QueryAsync<TableEntity>(
            r => r.PartitionKey == partition && r.RowKey.CompareTo(from) >= 0, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken);
        await foreach (var row in rows.ConfigureAwait(false))
        {
            await _errors.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    // Rows written before skipped items were recorded have no Outcome: they are failures.
    private async Task<IReadOnlyList<JobError>> ItemRowsAsync(string jobId, JobItemOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<JobError>();
        var partition = TableKeys.Sanitize(jobId);
        await foreach (var row in _errors.QueryAsync<TableEntity>(r => r.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if ((row.GetString("Outcome") ?? nameof(JobItemOutcome.Failed)) == outcome.ToString())
            {
                rows.Add(new JobError(jobId, int.Parse(row.RowKey, CultureInfo.InvariantCulture), row.GetString("Record") ?? "",
                    row.GetString("Message") ?? "", row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue));
            }
        }

        return rows;
    }

    private Task EnsureTablesAsync(CancellationToken cancellationToken) => (_created ??= new(_jobs, _errors)).EnsureAsync(cancellationToken);
}
