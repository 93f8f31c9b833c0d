using System.Collections.Immutable;
using System.Text.Json;
using Azure.Data.Tables;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Couplings;

/// <summary>
/// The table rows of a coupling: a forward row keyed by the Business Central id that holds the
/// coupling and its sync state, a reverse row keyed by the Sales id that points back, and, while the
/// last sync failed and the coupling is not Skipped, a failure row (<c>failed|</c> + Business Central id)
/// that lists it for retry. All live in one partition per scope and mapping, so they are written and
/// deleted in one transaction.
/// </summary>
internal static class CouplingRows
{
    public static string PartitionKey(string scope, string mapping) => Sanitize($"{scope}|{mapping}");

    public static string ForwardKey(string businessCentralId) => "bc|" + Sanitize(businessCentralId);

    public static string ReverseKey(string salesId) => "sales|" + Sanitize(salesId);

    /// <summary>The failure rows' key prefix; <see cref="FailedKeyEnd"/> is just past the last one.</summary>
    public const string FailedKeyStart = "failed|";

    /// <summary>The first key after every failure row (<c>}</c> follows <c>|</c>).</summary>
    public const string FailedKeyEnd = "failed}";

    public static string FailedKey(string businessCentralId) => FailedKeyStart + Sanitize(businessCentralId);

    /// <summary>True when the coupling belongs in the failure rows: its last sync failed and it is not Skipped.</summary>
    public static bool IsPendingFailure(Coupling c) => SyncFailures.IsPending(c.LastSync?.Failure);

    public static TableEntity Failed(string partition, Coupling c) =>
        new(partition, FailedKey(c.BusinessCentralId)) { ["BusinessCentralId"] = c.BusinessCentralId };

    public static TableEntity Forward(string partition, Coupling c)
    {
        var row = new TableEntity(partition, ForwardKey(c.BusinessCentralId))
        {
            ["Mapping"] = c.Mapping,
            ["BusinessCentralId"] = c.BusinessCentralId,
            ["SalesId"] = c.SalesId,
            ["BusinessCentralNumber"] = c.BusinessCentralNumber,
            ["SalesName"] = c.SalesName,
            ["CoupledAt"] = c.CoupledAt,
            ["CoupledBy"] = c.CoupledBy,
            ["FailureIndexed"] = IsPendingFailure(c),
        };
        if (c.LastSync is { } s)
        {
            row["LastSyncAt"] = s.At;
            row["LastSyncBy"] = s.By;
            row["LastSyncDirection"] = s.Direction.ToString();
            row["LastSyncFieldsChanged"] = s.FieldsChanged;
            row["LastSyncBusinessCentralModifiedOn"] = s.BusinessCentralModifiedOn;
            row["LastSyncSalesModifiedOn"] = s.SalesModifiedOn;
            SetIfAny(row, "LastSyncBusinessCentralVersion", s.BusinessCentralVersion);
            SetIfAny(row, "LastSyncSalesVersion", s.SalesVersion);
            SetIfAny(row, "LastSyncSnapshot", s.Snapshot is { } snapshot ? JsonSerializer.Serialize(new SnapshotColumn(snapshot.BusinessCentral, snapshot.Sales)) : null);
            if (s.Failure is { } f)
            {
                row["FailureError"] = f.Error;
                row["FailureCount"] = f.Count;
                row["FailureAt"] = f.At;
                row["FailureSkipped"] = f.Skipped;
            }
        }

        return row;
    }

    public static TableEntity Reverse(string partition, Coupling c) =>
        new(partition, ReverseKey(c.SalesId)) { ["BusinessCentralId"] = c.BusinessCentralId };

    public static Coupling ToCoupling(TableEntity row)
    {
        SyncState? lastSync = row.GetDateTimeOffset("LastSyncAt") is { } at
            ? new SyncState(
                at,
                row.GetString("LastSyncBy") ?? "",
                Enum.Parse<SyncDirection>(row.GetString("LastSyncDirection") ?? nameof(SyncDirection.ToSales)),
                row.GetInt32("LastSyncFieldsChanged") ?? 0,
                row.GetDateTimeOffset("LastSyncBusinessCentralModifiedOn") ?? DateTimeOffset.MinValue,
                row.GetDateTimeOffset("LastSyncSalesModifiedOn") ?? DateTimeOffset.MinValue,
                Snapshot(row.GetString("LastSyncSnapshot")),
                Failure(row),
                row.GetString("LastSyncBusinessCentralVersion"),
                row.GetString("LastSyncSalesVersion"))
            : null;
        return new Coupling(
            row.GetString("Mapping"),
            row.GetString("BusinessCentralId"),
            row.GetString("SalesId"),
            row.GetString("BusinessCentralNumber") ?? "",
            row.GetString("SalesName") ?? "",
            row.GetDateTimeOffset("CoupledAt") ?? DateTimeOffset.MinValue,
            row.GetString("CoupledBy") ?? "",
            lastSync,
            row.ETag.ToString())
        {
            FailureIndexed = row.GetBoolean("FailureIndexed") ?? false,
        };
    }

    private static void SetIfAny(TableEntity row, string column, string? value)
    {
        if (value is not null)
        {
            row[column] = value;
        }
    }

    // Rows stored before snapshots, failures and versions existed have none of these columns: all null.
    private static FieldSnapshot? Snapshot(string? json) =>
        string.IsNullOrEmpty(json) || JsonSerializer.Deserialize<SnapshotColumn>(json) is not { } column
            ? null
            : new FieldSnapshot(
                (column.BusinessCentral ?? ImmutableDictionary<string, string?>.Empty).ToImmutableDictionary(StringComparer.Ordinal),
                (column.Sales ?? ImmutableDictionary<string, string?>.Empty).ToImmutableDictionary(StringComparer.Ordinal));

    private static FailureState? Failure(TableEntity row) =>
        row.GetString("FailureError") is { Length: > 0 } error
            ? new FailureState(error, row.GetInt32("FailureCount") ?? 1, row.GetDateTimeOffset("FailureAt") ?? DateTimeOffset.MinValue, row.GetBoolean("FailureSkipped") ?? false)
            : null;

    // Keys may not hold / \ # ? or control characters.
    private static string Sanitize(string key) =>
        new(key.Select(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c) ? '_' : c).ToArray());
}

/// <summary>The JSON form of a <see cref="FieldSnapshot"/> in the <c>LastSyncSnapshot</c> column.</summary>
/// <param name="BusinessCentral">Business Central field -&gt; value.</param>
/// <param name="Sales">Sales column -&gt; value.</param>
internal sealed record SnapshotColumn(IReadOnlyDictionary<string, string?>? BusinessCentral, IReadOnlyDictionary<string, string?>? Sales);
