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
    private bool _tableExists;

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
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Add, CouplingRows.Forward(partition, coupling)),
            new(TableTransactionActionType.Add, CouplingRows.Reverse(partition, coupling)),
        ];
        return await TrySubmitAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> TryRemoveAsync(Coupling coupling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        var partition = CouplingRows.PartitionKey(_scope, coupling.Mapping);
        TableTransactionAction[] actions =
        [
            new(TableTransactionActionType.Delete, CouplingRows.Forward(partition, coupling), new ETag(coupling.ETag)),
            new(TableTransactionActionType.Delete, CouplingRows.Reverse(partition, coupling), ETag.All),
        ];
        return await TrySubmitAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<Coupling> UpdateAsync(Coupling coupling, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(coupling);
        var row = CouplingRows.Forward(CouplingRows.PartitionKey(_scope, coupling.Mapping), coupling);
        try
        {
            var response = await _table.UpdateEntityAsync(row, new ETag(coupling.ETag), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return coupling with { ETag = response.Headers.ETag?.ToString() ?? "" };
        }
        catch (RequestFailedException ex) when (ex.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.NotFound)
        {
            throw new CouplingChangedException($"The coupling of {coupling.Mapping} {coupling.BusinessCentralNumber} was changed or removed meanwhile.");
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

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_tableExists)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tableExists = true;
        }
    }
}
