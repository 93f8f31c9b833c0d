using System.Collections.Immutable;

namespace CouplingBot.Engine.Records;

/// <summary>
/// Where one kind of record lives on one side: its entity set, its key and its modified-on column.
/// </summary>
/// <param name="Name">The entity set, e.g. <c>customers</c> or <c>accounts</c>.</param>
/// <param name="KeyField">The primary key column (a GUID on both services).</param>
/// <param name="ModifiedOnField">The column the service stamps on every write; empty for a read-only set without one.</param>
public sealed record EntitySet(string Name, string KeyField, string ModifiedOnField)
{
    /// <summary>The columns that are not written as text (the service's metadata, for the columns a mapping writes).</summary>
    public ImmutableDictionary<string, ColumnKind> ColumnKinds { get; init; } = ImmutableDictionary<string, ColumnKind>.Empty;

    /// <summary>How a column is written; <see cref="ColumnKind.Text"/> unless <see cref="ColumnKinds"/> says otherwise.</summary>
    public ColumnKind KindOf(string column) => ColumnKinds.GetValueOrDefault(column, ColumnKind.Text);

    /// <summary>This entity set with more typed columns.</summary>
    public EntitySet WithKinds(params (string Column, ColumnKind Kind)[] columns) =>
        this with { ColumnKinds = ColumnKinds.SetItems(columns.Select(c => KeyValuePair.Create(c.Column, c.Kind))) };
}
