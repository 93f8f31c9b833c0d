using System.Text;
using Azure.Data.Tables;
using CouplingBot.Engine.Storage;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// Conversation references in Azure Table Storage, one row per conversation. Conversation ids may hold
/// characters table keys refuse (<c>/</c>, <c>#</c>, <c>?</c>), so the partition key is the id in
/// base64url; the row key is empty and the id is also kept readable in a column.
/// </summary>
public sealed class TableConversationReferenceStore : IConversationReferenceStore
{
    private readonly TableClient _table;
    private TablesOnFirstUse? _created;

    /// <summary>Creates the store on the configured table of the engine's table service.</summary>
    public TableConversationReferenceStore(TableServiceClient service, IOptions<ConversationReferenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        _table = service.GetTableClient(options.Value.ConversationReferencesTable);
    }

    /// <inheritdoc />
    public async Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Key(conversationId), "", cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } entity ? ConversationReferenceRows.FromRow(entity) : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var row = ConversationReferenceRows.ToRow(Key(reference.ConversationId), "", reference);

        // The latest activity's view of the conversation wins: an unconditional replace (ETag.All) is intended.
        await _table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private static string Key(string conversationId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(conversationId)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private Task EnsureTableAsync(CancellationToken cancellationToken) => (_created ??= new(_table)).EnsureAsync(cancellationToken);
}
