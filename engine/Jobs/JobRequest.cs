using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Jobs;

/// <summary>Work on more than one record, as someone asked for it.</summary>
/// <param name="Kind">What to do to each record.</param>
/// <param name="Mapping">The table mapping's name, e.g. <c>CUSTOMER</c>.</param>
/// <param name="Records">Business Central numbers (or ids); empty when <paramref name="All"/>.</param>
/// <param name="All">
/// Every record the kind applies to instead of a list: for Sync and Uncouple every coupled record of the
/// mapping, for Couple every Business Central record not coupled yet.
/// </param>
/// <param name="Direction">The sync direction (Sync jobs).</param>
/// <param name="RequestedBy">Who asked (recorded on the job and in the history).</param>
/// <param name="ConversationReference">Opaque to the engine: where the bot tells the requester the job ended.</param>
/// <param name="Criteria">
/// Couple jobs: the match criteria and whether a record with no unique match gets a new Sales record
/// (<see cref="MatchCriteria.CreateNewIfNoMatch"/>); criteria without groups that create new make a
/// create-in-Sales job. Null for the other kinds.
/// </param>
public sealed record JobRequest(
    JobKind Kind,
    string Mapping,
    IReadOnlyList<string> Records,
    bool All,
    SyncDirection Direction,
    string RequestedBy,
    string? ConversationReference = null,
    MatchCriteria? Criteria = null)
{
    /// <summary>A request for the listed records.</summary>
    public static JobRequest For(JobKind kind, string mapping, IReadOnlyList<string> records, SyncDirection direction, string requestedBy, string? conversationReference = null) =>
        new(kind, mapping, records, All: false, direction, requestedBy, conversationReference);

    /// <summary>A request for every record of the mapping.</summary>
    public static JobRequest ForAll(JobKind kind, string mapping, SyncDirection direction, string requestedBy, string? conversationReference = null) =>
        new(kind, mapping, [], All: true, direction, requestedBy, conversationReference);

    /// <summary>A match-based couple job over the listed records, or over every uncoupled record when <paramref name="records"/> is null.</summary>
    public static JobRequest Couple(string mapping, IReadOnlyList<string>? records, MatchCriteria criteria, string requestedBy, string? conversationReference = null) =>
        new(JobKind.Couple, mapping, records ?? [], All: records is null, SyncDirection.ToSales, requestedBy, conversationReference, criteria);

    /// <summary>
    /// Throws when the request names no records, both a list and all, or no mapping or requester, or is a
    /// Couple job without criteria that could do anything (no groups and no creating).
    /// </summary>
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

        if (Kind == JobKind.Couple)
        {
            ValidateCriteria();
        }
    }

    private void ValidateCriteria()
    {
        if (Criteria is null || (Criteria.Groups.Count == 0 && !Criteria.CreateNewIfNoMatch))
        {
            throw new ArgumentException("A couple job needs match criteria with at least one group, or creating new records.", nameof(Criteria));
        }

        if (Criteria.Groups.Any(g => g.Fields.Count == 0
            || g.Fields.Any(f => string.IsNullOrWhiteSpace(f.BusinessCentralField) || string.IsNullOrWhiteSpace(f.SalesField))))
        {
            throw new ArgumentException("Every match group needs fields named on both sides.", nameof(Criteria));
        }
    }
}
