using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>One record to update in a batch: its key, the version it was read at, the columns to write.</summary>
/// <param name="Id">The record's key.</param>
/// <param name="ETag">The ETag it was read with (sent as <c>If-Match</c>; <c>*</c> for any version, said on purpose).</param>
/// <param name="Changes">The columns to write; null writes an empty value.</param>
public sealed record RecordUpdate(string Id, string ETag, IReadOnlyDictionary<string, string?> Changes);

/// <summary>One record to create in a batch.</summary>
/// <param name="Id">The key to create it under (Dataverse; made by the client when null), or null (Business Central).</param>
/// <param name="Values">The columns to set; null writes an empty value.</param>
public sealed record RecordCreate(string? Id, IReadOnlyDictionary<string, string?> Values);

/// <summary>
/// What became of one item of a batched write: the record as stored, or the exception the same request
/// alone would have thrown (<see cref="ConcurrencyConflictException"/>, <see cref="RecordNotFoundException"/>,
/// <see cref="DuplicateRecordException"/>, ...). Results come back in the order of the items.
/// </summary>
/// <param name="Index">The item's position in the list given.</param>
/// <param name="Id">The item's key as given (null for a create whose key the service assigns).</param>
/// <param name="Record">The record as stored afterwards, when the write succeeded.</param>
/// <param name="Error">Why the write failed, when it did.</param>
public sealed record BatchResult(int Index, string? Id, EntityRecord? Record, ServiceRequestException? Error)
{
    /// <summary>True when the record was written.</summary>
    public bool Succeeded => Error is null && Record is not null;

    /// <summary>A written item.</summary>
    public static BatchResult Written(int index, string? id, EntityRecord record) => new(index, id, record, null);

    /// <summary>A failed item.</summary>
    public static BatchResult Failed(int index, string? id, ServiceRequestException error) => new(index, id, null, error);
}
