using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// The engine's port to one service (Business Central or Dataverse): read, query and update records
/// of any entity set. Implemented over each service's REST API.
/// </summary>
public interface IRecordClient
{
    /// <summary>Which service this client talks to.</summary>
    Side Side { get; }

    /// <summary>One record by key, or null when it does not exist.</summary>
    Task<EntityRecord?> GetAsync(EntitySet set, string id, IReadOnlyCollection<string> fields, CancellationToken cancellationToken);

    /// <summary>Records matching a query, page by page as the service serves them.</summary>
    IAsyncEnumerable<EntityRecord> QueryAsync(EntitySet set, RecordQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the given fields of one record if it still has <paramref name="etag"/> and returns the
    /// record as stored afterwards (new ETag and modified-on).
    /// </summary>
    /// <exception cref="ConcurrencyConflictException">The record changed since it was read.</exception>
    /// <exception cref="RecordNotFoundException">The record no longer exists.</exception>
    Task<EntityRecord> UpdateAsync(
        EntitySet set,
        string id,
        string etag,
        IReadOnlyDictionary<string, string?> changes,
        IReadOnlyCollection<string> fields,
        CancellationToken cancellationToken);

    /// <summary>
    /// Creates a record with the given values and returns it as stored (key, ETag, modified-on and
    /// <paramref name="fields"/>).
    /// </summary>
    /// <param name="set">Where to create it.</param>
    /// <param name="id">
    /// The key to create it under, or null for a new one. Dataverse takes a client-chosen key (the client
    /// makes one when null), which makes a retried create safe; Business Central assigns its own keys,
    /// so pass null there.
    /// </param>
    /// <param name="values">The columns to set; null writes an empty value.</param>
    /// <param name="fields">The columns to read back.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="DuplicateRecordException">A record with that key (or another unique value) exists.</exception>
    Task<EntityRecord> CreateAsync(
        EntitySet set,
        string? id,
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyCollection<string> fields,
        CancellationToken cancellationToken);

    /// <summary>Deletes one record if it still has <paramref name="etag"/> (<c>*</c> for any version, said on purpose).</summary>
    /// <exception cref="ConcurrencyConflictException">The record changed since it was read.</exception>
    /// <exception cref="RecordNotFoundException">The record does not exist.</exception>
    Task DeleteAsync(EntitySet set, string id, string etag, CancellationToken cancellationToken);
}
