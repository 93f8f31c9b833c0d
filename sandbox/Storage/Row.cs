using System.Collections.Immutable;

namespace CouplingBot.Sandbox.Storage;

/// <summary>
/// One stored record: its key, the store-wide version of its last write, and its column values
/// (CLR values matching <see cref="ColumnType"/>; the key is also among the values).
/// </summary>
public sealed record Row(Guid Id, long Version, ImmutableDictionary<string, object?> Values)
{
    /// <summary>The value of a column, or null when absent.</summary>
    public object? this[string column] => Values.GetValueOrDefault(column);
}
