using Azure.Data.Tables;
using CouplingBot.Engine.Storage;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// Who coupled each record, in Azure Table Storage: partition = the mapping, row = the Business Central record's id
/// (a GUID, safe as a key), columns = the coupler's conversation reference.
/// </summary>
public sealed class TableCouplerDirectory : ICouplerDirectory
{
    private readonly TableClient _table;
    private TablesOnFirstUse? _created;

    /// <summary>Creates the directory on the configured table of the engine's table service.</summary>
    public TableCouplerDirectory(TableServiceClient service, IOptions<ConversationReferenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(options);
        _table = service.GetTableClient(options.Value.CouplersTable);
    }

    /// <inheritdoc />
    public async Task RememberAsync(string mapping, string businessCentralId, ConversationReference coupler, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(businessCentralId);
        ArgumentNullException.ThrowIfNull(coupler);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);

        // The latest coupling of the record names its coupler: an unconditional replace is intended.
        await _table.UpsertEntityAsync(ConversationReferenceRows.ToRow(mapping, businessCentralId, coupler), TableUpdateMode.Replace, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<ConversationReference?> FindAsync(string mapping, string businessCentralId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(businessCentralId);
        await EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(mapping, businessCentralId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return row.HasValue && row.Value is { } entity ? ConversationReferenceRows.FromRow(entity) : null;
    }

    private Task EnsureTableAsync(CancellationToken cancellationToken) => (_created ??= new(_table)).EnsureAsync(cancellationToken);
}
