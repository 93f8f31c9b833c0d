using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.ChangeTracking;

/// <summary>
/// What happened to one table after a store version: rows written since (new or changed, by version) and rows
/// deleted since (from the snapshot's tombstones, by version). A row created and deleted in between shows as deleted
/// only, as Dataverse documents.
/// </summary>
public sealed record TableChanges(IReadOnlyList<Row> Written, IReadOnlyList<(Guid Id, long Version)> Deleted)
{
    /// <summary>The changes of <paramref name="table"/> in <paramref name="snapshot"/> after <paramref name="version"/>.</summary>
    public static TableChanges Since(StoreSnapshot snapshot, string table, long version)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var written = snapshot.Table(table).Values.Where(r => r.Version > version).OrderBy(r => r.Version).ToList();
        var deleted = snapshot.TombstonesOf(table)
            .Where(t => t.Value > version)
            .OrderBy(t => t.Value)
            .Select(t => (t.Key, t.Value))
            .ToList();
        return new TableChanges(written, deleted);
    }

    /// <summary>True when nothing changed.</summary>
    public bool IsEmpty => Written.Count == 0 && Deleted.Count == 0;
}
