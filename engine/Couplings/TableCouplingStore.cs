using System.Net;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using CouplingBot.Engine.Storage;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Couplings;

/// <summary>Couplings in Azure Table Storage; see <see cref="CouplingRows"/> for the row design.</summary>
public sealed class TableCouplingStore : ICouplingStore
{
    private readonly TableClient _table;
    private readonly string _scope;
    private TablesOnFirstUse? _created;

    /// <summary>Creates the store on the configured couplings table.</summary>
    public TableCouplingStore(TableServiceClient service, IOptions<StorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        _table = service.GetTableClient(options.Value.CouplingsTable);
        _scope = options.Value.Scope;
    }

    /// <inheritdoc />
    public async Task<Coupling?> FindByBusinessCentralIdAsync(string mapping, string businessCentralId, CancellationToken cancellationToken)
    {
        var row = await GetRowAsync(mapping, CouplingRows.ForwardKey(businessCentralId), cancellationToken).ConfigureAwait(false);
        return row is null ? null : CouplingRows.ToCoupling(row);
    }

    /// <inheritdoc />
    public async Task<Coupling?> FindBySalesIdAsync(string mapping, string salesId, CancellationToken cancellationToken)
    {
        var reverse = await GetRowAsync(mapping, CouplingRows.ReverseKey(salesId), cancellationToken).ConfigureAwait(false);
        return reverse?.GetString("BusinessCentralId") is { } businessCentralId
            ? await FindByBusinessCentralIdAsync(mapping, businessCentralId, cancellationToken).ConfigureAwait(false)
            : null;
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(Coupling coupling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        var partition = CouplingRows.PartitionKey(_scope, coupling.Mapping);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Add, CouplingRows.Forward(partition, coupling)),
            new(TableTransactionActionType.Add, CouplingRows.Reverse(partition, coupling)),
        ];
        if (CouplingRows.IsPendingFailure(coupling))
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, CouplingRows.Failed(partition, coupling)));
        }

        return await TrySubmitAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> TryRemoveAsync(Coupling coupling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        var partition = CouplingRows.PartitionKey(_scope, coupling.Mapping);
        List<TableTransactionAction> actions =
        [
            new(TableTransactionActionType.Delete, CouplingRows.Forward(partition, coupling), new ETag(coupling.ETag)),
            new(TableTransactionActionType.Delete, CouplingRows.Reverse(partition, coupling), ETag.All),
        ];
        if (coupling.FailureIndexed)
        {
            actions.Add(new(TableTransactionActionType.Delete, CouplingRows.Failed(partition, coupling), ETag.All));
        }

        return await TrySubmitAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// One request: the forward row alone, or, when the coupling enters or leaves the failure rows, the forward row and
    /// its failure row in one transaction (so the failure rows never disagree with the couplings they list).
    /// </remarks>
    public async Task<Coupling> UpdateAsync(Coupling coupling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        var partition = CouplingRows.PartitionKey(_scope, coupling.Mapping);
        var row = CouplingRows.Forward(partition, coupling);
        var pending = CouplingRows.IsPendingFailure(coupling);
        try
        {
            if (!pending && !coupling.FailureIndexed)
            {
                var response = await _table.UpdateEntityAsync(row, new ETag(coupling.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return coupling with { ETag = response.Headers.ETag?.ToString() ?? "", FailureIndexed = false };
            }

            await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
            TableTransactionAction[] actions =
            [
                new(TableTransactionActionType.UpdateReplace, row, new ETag(coupling.ETag)),
                pending
                    ? new(TableTransactionActionType.UpsertReplace, CouplingRows.Failed(partition, coupling))
                    : new(TableTransactionActionType.Delete, CouplingRows.Failed(partition, coupling), ETag.All),
            ];
            var results = await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return coupling with { ETag = results.Value[0].Headers.ETag?.ToString() ?? "", FailureIndexed = pending };
        }
        catch (TableTransactionFailedException ex) when (ex.Status == (int)HttpStatusCode.NotFound && ex.FailedTransactionActionIndex == 1)
        {
            // The failure row was gone already (removed by hand): only the forward row needs writing.
            return await UpdateAsync(coupling with { FailureIndexed = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            throw new CouplingChangedException($"The coupling of {coupling.Mapping} {coupling.BusinessCentralNumber} was changed or removed meanwhile.");
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// One partition query over the failure rows (<c>failed|</c> up to <c>failed}</c>), then one point read per coupling
    /// listed; a listed coupling that is no longer pending (or gone) is left out.
    /// </remarks>
    public async IAsyncEnumerable<Coupling> ListPendingFailuresAsync(string mapping, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = CouplingRows.PartitionKey(_scope, mapping);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {CouplingRows.FailedKeyStart} and RowKey lt {CouplingRows.FailedKeyEnd}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, select: ["BusinessCentralId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.GetString("BusinessCentralId") is { } id
                && await FindByBusinessCentralIdAsync(mapping, id, cancellationToken).ConfigureAwait(false) is { } coupling
                && CouplingRows.IsPendingFailure(coupling))
            {
                yield return coupling;
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Reads the forward rows only: one partition, row keys from <c>bc|</c> up to (not including) <c>bc}</c>.</remarks>
    public async IAsyncEnumerable<Coupling> ListAsync(string mapping, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = CouplingRows.PartitionKey(_scope, mapping);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {CouplingRows.ForwardKey("")} and RowKey lt {"bc}"}");
        await foreach (var row in _table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            yield return CouplingRows.ToCoupling(row);
        }
    }

    private async Task<TableEntity?> GetRowAsync(string mapping, string rowKey, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(CouplingRows.PartitionKey(_scope, mapping), rowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? response.Value : null;
    }

    private async Task<bool> TrySubmitAsync(IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is (int)HttpStatusCode.Conflict or (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            // 409: a row exists already (a side is coupled); 412/404: the coupling changed or went away.
            return false;
        }
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) => (_created ??= new(_table)).EnsureAsync(cancellationToken);
}
