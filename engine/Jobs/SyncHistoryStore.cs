using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Storage;
using CouplingBot.Engine.Sync;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Jobs;

/// <summary>
/// The <c>SyncHistory</c> table: one partition per record (scope, mapping, number), row keys in reverse
/// time order (<c>MaxTicks - ticks</c>, then a random suffix), so a record's newest write is its first row.
/// </summary>
public sealed class SyncHistoryStore
{
    private readonly TableClient _table;
    private readonly string _scope;
    private TablesOnFirstUse? _created;

    /// <summary>Creates the store on the configured table.</summary>
    public SyncHistoryStore(TableServiceClient service, IOptions<StorageOptions> storage, IOptions<JobOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        _table = service.GetTableClient(options.Value.HistoryTable);
        _scope = storage.Value.Scope;
    }

    /// <summary>Appends one write.</summary>
    public async Task AddAsync(SyncHistoryEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var rowKey = (DateTimeOffset.MaxValue.UtcTicks - entry.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var row = new TableEntity(Partition(entry.Mapping, entry.Number), rowKey)
        {
            ["Mapping"] = entry.Mapping, ["Number"] = entry.Number, ["JobId"] = entry.JobId, ["By"] = entry.By, ["At"] = entry.At,
            ["Direction"] = entry.Direction.ToString(), ["Target"] = entry.Target.ToString(), ["TargetId"] = entry.TargetId,
            ["Fields"] = JsonSerializer.Serialize(entry.Fields), ["IsUndo"] = entry.IsUndo,
        };
        await _table.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A record's writes, newest first.</summary>
    public async Task<IReadOnlyList<SyncHistoryEntry>> ListAsync(string mapping, string number, int max, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var partition = Partition(mapping, number);
        var entries = new List<SyncHistoryEntry>();
        await foreach (var row in _table.QueryAsync<TableEntity>(r => r.PartitionKey == partition, maxPerPage: Math.Min(max, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            entries.Add(ToEntry(row));
            if (entries.Count == max)
            {
                break;
            }
        }

        return entries;
    }

    private string Partition(string mapping, string number) => TableKeys.Sanitize($"{_scope}|{mapping}|{number.Trim()}");

    private static SyncHistoryEntry ToEntry(TableEntity row) => new(
        row.GetString("Mapping") ?? "", row.GetString("Number") ?? "", row.GetString("JobId"), row.GetString("By") ?? "",
        row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue, Enum.Parse<SyncDirection>(row.GetString("Direction")),
        Enum.Parse<Side>(row.GetString("Target")), row.GetString("TargetId") ?? "",
        JsonSerializer.Deserialize<FieldEdit[]>(row.GetString("Fields") ?? "[]") ?? [], row.GetBoolean("IsUndo") ?? false);

    private Task EnsureTableAsync(CancellationToken cancellationToken) => (_created ??= new(_table)).EnsureAsync(cancellationToken);
}
