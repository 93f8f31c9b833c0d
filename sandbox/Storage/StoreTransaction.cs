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
        Snapshot = new StoreSnapshot(version, Snapshot.Tables.SetItem(table, Snapshot.Table(table).SetItem(id, row)));
        return row;
    }

    /// <summary>Removes a row; false when it did not exist.</summary>
    public bool Remove(string table, Guid id)
    {
        var rows = Snapshot.Table(table);
        if (!rows.ContainsKey(id))
        {
            return false;
        }

        Snapshot = Snapshot with { Tables = Snapshot.Tables.SetItem(table, rows.Remove(id)) };
        return true;
    }

    /// <summary>Removes a whole table.</summary>
    public void Drop(string table) => Snapshot = Snapshot with { Tables = Snapshot.Tables.Remove(table) };
}
