using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// What became of one id of a batched read (<see cref="IBatchRecordClient.GetManyAsync"/>): the record, nothing
/// (it does not exist: 404), or the exception the same <c>GET</c> alone would have thrown. Results come back in the
/// order of the ids.
/// </summary>
/// <param name="Index">The id's position in the list given.</param>
/// <param name="Id">The id as given.</param>
/// <param name="Record">The record as stored; null when it does not exist or the read failed.</param>
/// <param name="Error">Why the read failed, when it did (a missing record is no failure).</param>
public sealed record BatchRead(int Index, string Id, EntityRecord? Record, ServiceRequestException? Error)
{
    /// <summary>True when the service answered for this id: the record, or that there is none.</summary>
    public bool Succeeded => Error is null;

    /// <summary>A read that answered (the record, or null for a missing one).</summary>
    public static BatchRead Read(int index, string id, EntityRecord? record) => new(index, id, record, null);

    /// <summary>A failed read.</summary>
    public static BatchRead Failed(int index, string id, ServiceRequestException error) => new(index, id, null, error);

    /// <summary>Throws for a missing set, id list or field list, or an empty id: the checks both clients' <c>GetManyAsync</c> make first.</summary>
    internal static void CheckArguments(EntitySet set, IReadOnlyList<string> ids, IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(fields);
        foreach (var id in ids)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(ids));
        }
    }
}
