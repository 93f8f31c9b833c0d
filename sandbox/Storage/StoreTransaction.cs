using System.Collections.Immutable;

namespace CouplingBot.Sandbox.Storage;

/// <summary>
/// A set of changes to a <see cref="StoreSnapshot"/>, applied by <see cref="EntityStore.WriteAsync{T}"/> only if the
/// change function returns normally. Every put gets a new store-wide version.
/// </summary>
public sealed class StoreTransaction
{
    internal StoreTransaction(StoreSnapshot start) => Snapshot = start;

    /// <summary>The state including the changes made so far.</summary>
    public StoreSnapshot Snapshot { get; private set; }

    /// <summary>Finds a row.</summary>
    public Row? Find(string table, Guid id) => Snapshot.Table(table).GetValueOrDefault(id);

    /// <summary>
    /// Inserts or replaces a row with the given values and a new version; when <paramref name="versionColumn"/> is
    /// given, the version is also stored in that column (Dataverse's <c>versionnumber</c>).
    /// </summary>
    public Row Put(string table, Guid id, ImmutableDictionary<string, object?> values, string? versionColumn = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var version = Snapshot.LastVersion + 1;
        var row = new Row(id, version, versionColumn is null ? values : values.SetItem(versionColumn, version));
        var tombstones = Snapshot.TombstonesOf(table);
        Snapshot = Snapshot with
        {
            LastVersion = version,
            Tables = Snapshot.Tables.SetItem(table, Snapshot.Table(table).SetItem(id, row)),
            Tombstones = tombstones.ContainsKey(id) ? Snapshot.Tombstones.SetItem(table, tombstones.Remove(id)) : Snapshot.Tombstones,
        };
        return row;
    }

    /// <summary>Removes a row, leaving a tombstone with a new version; false when it did not exist.</summary>
    public bool Remove(string table, Guid id)
    {
        var rows = Snapshot.Table(table);
        if (!rows.ContainsKey(id))
        {
            return false;
        }

        var version = Snapshot.LastVersion + 1;
        Snapshot = Snapshot with
        {
            LastVersion = version,
            Tables = Snapshot.Tables.SetItem(table, rows.Remove(id)),
            Tombstones = Snapshot.Tombstones.SetItem(table, Snapshot.TombstonesOf(table).SetItem(id, version)),
        };
        return true;
    }

    /// <summary>Removes a whole table; its rows leave tombstones sharing one new version.</summary>
    public void Drop(string table)
    {
        var version = Snapshot.LastVersion + 1;
        var tombstones = Snapshot.TombstonesOf(table).SetItems(Snapshot.Table(table).Keys.Select(id => KeyValuePair.Create(id, version)));
        Snapshot = Snapshot with
        {
            LastVersion = version,
            Tables = Snapshot.Tables.Remove(table),
            Tombstones = Snapshot.Tombstones.SetItem(table, tombstones),
        };
    }
}
