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
    Task<EntityRecord> UpdateAsync(
        EntitySet set,
        string id,
        string etag,
        IReadOnlyDictionary<string, string?> changes,
        IReadOnlyCollection<string> fields,
        CancellationToken cancellationToken);
}
