using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Engine.Jobs;

/// <summary>How an undo ended.</summary>
public enum UndoOutcome
{
    /// <summary>The old values were written back.</summary>
    Undone,

    /// <summary>The record has no sync to undo (none, or the last write was an undo).</summary>
    NothingToUndo,

    /// <summary>The record was changed after that sync (or during the undo); nothing was written.</summary>
    ChangedSince,

    /// <summary>The record written to no longer exists.</summary>
    RecordNotFound,
}

/// <summary>The outcome of an undo, with the history entry it wrote.</summary>
public sealed record UndoResult(UndoOutcome Outcome, SyncHistoryEntry? Entry = null);

/// <summary>
/// Undoes the last sync of a record from <c>SyncHistory</c>: writes the old values back with If-Match,
/// but only while the target still holds exactly what that sync wrote (it never overwrites a later
/// edit), and records the undo as history too.
/// </summary>
public sealed class SyncUndo(ServiceClients clients, SyncHistoryStore history, TimeProvider clock, ILogger<SyncUndo> logger)
{
    /// <summary>Writes back the values the last sync of <paramref name="number"/> replaced.</summary>
    public async Task<UndoResult> UndoLastSyncAsync(TableMapping mapping, string number, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var entries = await history.ListAsync(mapping.Name, number, 1, cancellationToken).ConfigureAwait(false);
        if (entries is not [{ IsUndo: false } last])
        {
            return new UndoResult(UndoOutcome.NothingToUndo);
        }

        var (client, set) = last.Target == Side.Sales ? (clients.Sales, mapping.Sales) : (clients.BusinessCentral, mapping.BusinessCentral);
        var fields = last.Fields.Select(f => f.Field).ToArray();
        var current = await client.GetAsync(set, last.TargetId, fields, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return new UndoResult(UndoOutcome.RecordNotFound);
        }

        if (last.Fields.Any(f => !FieldValues.AreEqual(current.Fields.GetValueOrDefault(f.Field), f.NewValue)))
        {
            return new UndoResult(UndoOutcome.ChangedSince);
        }

        var values = last.Fields.Select(f => WriteOf(mapping, last.Target, f)).ToDictionary(w => w.Column, w => w.Value, StringComparer.Ordinal);
        try
        {
            await client.UpdateAsync(set, last.TargetId, current.ETag, values, fields, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            return new UndoResult(UndoOutcome.ChangedSince);
        }

        var entry = last with
        {
            JobId = null, By = requestedBy, At = clock.GetUtcNow(), IsUndo = true,
            Fields = [.. last.Fields.Select(f => new FieldEdit(f.Field, f.NewValue, f.OldValue))],
        };
        await history.AddAsync(entry, cancellationToken).ConfigureAwait(false);
        JobLog.Undone(logger, mapping.Name, number, entry.Fields.Count);
        return new UndoResult(UndoOutcome.Undone, entry);
    }

    /// <summary>
    /// How an edit is written back: history names Sales columns as they are read, and a lookup (<c>_ownerid_value</c>)
    /// is written as <c>ownerid@odata.bind</c> with a reference.
    /// </summary>
    private static (string Column, string? Value) WriteOf(TableMapping mapping, Side target, FieldEdit edit) =>
        target == Side.Sales && mapping.EnabledFields.FirstOrDefault(f => f.Lookup is not null && f.SalesReadField == edit.Field) is { } lookup
            ? (lookup.SalesWriteField, lookup.SalesWriteValue(edit.OldValue))
            : (edit.Field, edit.OldValue);
}
