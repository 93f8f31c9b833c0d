using System.Net;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>Conveniences over <see cref="IRecordClient"/>.</summary>
public static class RecordClientExtensions
{
    /// <summary>One record by key, for a caller that cannot go on without it.</summary>
    /// <exception cref="RecordNotFoundException">The record does not exist.</exception>
    public static async Task<EntityRecord> GetRequiredAsync(
        this IRecordClient client, EntitySet set, string id, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(set);
        return await client.GetAsync(set, id, fields, cancellationToken).ConfigureAwait(false)
            ?? throw new RecordNotFoundException(client.Side, HttpStatusCode.NotFound, null,
                $"The {set.Name} record {id} does not exist in {ServiceErrors.Describe(client.Side)}.");
    }
}
