using Azure.Data.Tables;
using CouplingBot.Engine.Storage;

namespace CouplingBot.Engine.Incremental;

/// <summary>
/// The <c>SyncWatermarks</c> table: one row per scope and mapping (partition = scope, row = mapping), written
/// only after a run handled every change it read, so a run cut short reads the same changes again.
/// </summary>
public sealed class WatermarkStore
{
    private readonly TableClient _table;
    private readonly string _scope;
    private TablesOnFirstUse? _created;

    /// <summary>Creates the store on <paramref name="tableName"/> for the couplings of <paramref name="scope"/>.</summary>
    public WatermarkStore(TableServiceClient service, string tableName, string scope)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        _table = service.GetTableClient(tableName);
        _scope = Sanitize(scope);
    }

    /// <summary>The mapping's watermark; one with no values before its first run.</summary>
    public async Task<SyncWatermark> GetAsync(string mapping, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(_scope, Sanitize(mapping), cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue
            ? new SyncWatermark(mapping, row.Value!.GetDateTimeOffset("BusinessCentralModifiedOn"), row.Value.GetString("SalesDeltaLink"))
            : new SyncWatermark(mapping, null, null);
    }

    /// <summary>Stores the mapping's watermark, replacing the previous one.</summary>
    public async Task SaveAsync(SyncWatermark watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(watermark);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(_scope, Sanitize(watermark.Mapping))
        {
            ["BusinessCentralModifiedOn"] = watermark.BusinessCentralModifiedOn,
            ["SalesDeltaLink"] = watermark.SalesDeltaLink,
        };
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) => (_created ??= new(_table)).EnsureAsync(cancellationToken);

    private static string Sanitize(string key) =>
        new(key.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray());
}
