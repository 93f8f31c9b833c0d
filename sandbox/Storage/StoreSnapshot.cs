using System.Collections.Immutable;

namespace CouplingBot.Sandbox.Storage;

/// <summary>An immutable state of one store: tables of rows by id, and the last version handed out.</summary>
public sealed record StoreSnapshot(long LastVersion, ImmutableDictionary<string, ImmutableDictionary<Guid, Row>> Tables)
{
    /// <summary>An empty store.</summary>
    public static StoreSnapshot Empty { get; } = new(0, ImmutableDictionary<string, ImmutableDictionary<Guid, Row>>.Empty);

    /// <summary>The rows of a table (empty when the table does not exist yet).</summary>
    public ImmutableDictionary<Guid, Row> Table(string name) =>
        Tables.GetValueOrDefault(name) ?? ImmutableDictionary<Guid, Row>.Empty;

    /// <summary>
    /// Deleted rows by table: id and the version of the delete (for change tracking and webhooks). Kept in memory
    /// only; a re-created id drops its tombstone.
    /// </summary>
    public ImmutableDictionary<string, ImmutableDictionary<Guid, long>> Tombstones { get; init; } =
        ImmutableDictionary<string, ImmutableDictionary<Guid, long>>.Empty;

    /// <summary>The tombstones of a table (empty when none).</summary>
    public ImmutableDictionary<Guid, long> TombstonesOf(string table) =>
        Tombstones.GetValueOrDefault(table) ?? ImmutableDictionary<Guid, long>.Empty;
}
