using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Jobs;

/// <summary>Work on more than one record, as someone asked for it.</summary>
/// <param name="Kind">What to do to each record.</param>
/// <param name="Mapping">The table mapping's name, e.g. <c>CUSTOMER</c>.</param>
/// <param name="Records">Business Central numbers (or ids); empty when <paramref name="All"/>.</param>
/// <param name="All">Every record of the mapping's Business Central entity set instead of a list.</param>
/// <param name="Direction">The sync direction (Sync jobs).</param>
/// <param name="RequestedBy">Who asked (recorded on the job and in the history).</param>
/// <param name="ConversationReference">Opaque to the engine: where the bot tells the requester the job ended.</param>
public sealed record JobRequest(
    JobKind Kind,
    string Mapping,
    IReadOnlyList<string> Records,
    bool All,
    SyncDirection Direction,
    string RequestedBy,
    string? ConversationReference = null)
{
    /// <summary>A request for the listed records.</summary>
    public static JobRequest For(JobKind kind, string mapping, IReadOnlyList<string> records, SyncDirection direction, string requestedBy, string? conversationReference = null) =>
        new(kind, mapping, records, All: false, direction, requestedBy, conversationReference);

    /// <summary>A request for every record of the mapping.</summary>
    public static JobRequest ForAll(JobKind kind, string mapping, SyncDirection direction, string requestedBy, string? conversationReference = null) =>
        new(kind, mapping, [], All: true, direction, requestedBy, conversationReference);

    /// <summary>Throws when the request names no records, both a list and all, or no mapping or requester.</summary>
    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(Mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(RequestedBy);
        ArgumentNullException.ThrowIfNull(Records);
        if (All == (Records.Count > 0))
        {
            throw new ArgumentException("A job request names either records or all records.", nameof(Records));
        }

        if (Records.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A record key is empty.", nameof(Records));
        }
    }
}
