using Azure.Data.Tables;

namespace CouplingBot.Engine.Storage;

/// <summary>
/// Tables created when first used: <c>CreateIfNotExists</c> goes out once per store instance, not before every call. Shared by
/// every table-backed store of the engine and the bot. Two first calls at once may both create; that is harmless.
/// </summary>
/// <param name="tables">The tables to create.</param>
public sealed class TablesOnFirstUse(params TableClient[] tables)
{
    private volatile bool _created;

    /// <summary>Creates the tables unless this instance already did.</summary>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        foreach (var table in tables)
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }

        _created = true;
    }
}
