namespace CouplingBot.Engine.Records;

/// <summary>
/// Where one kind of record lives on one side: its entity set, its key and its modified-on column.
/// </summary>
/// <param name="Name">The entity set, e.g. <c>customers</c> or <c>accounts</c>.</param>
/// <param name="KeyField">The primary key column (a GUID on both services).</param>
/// <param name="ModifiedOnField">The column the service stamps on every write.</param>
public sealed record EntitySet(string Name, string KeyField, string ModifiedOnField);
