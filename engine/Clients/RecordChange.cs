using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// One entry of a change feed: a record created or changed, a record deleted, or, always last, the end of
/// the feed with the link to ask for the next changes.
/// </summary>
public abstract record RecordChange;

/// <summary>A record that was created or changed, as it is now.</summary>
public sealed record RecordUpserted(EntityRecord Record) : RecordChange;

/// <summary>A record that was deleted (or removed from view) since the last link.</summary>
public sealed record RecordDeleted(string Id) : RecordChange;

/// <summary>
/// The end of a change feed: every change up to now was delivered. Persist <see cref="DeltaLink"/> only on
/// this entry, after handling the ones before it; a feed cut short never yields it, so no change is skipped.
/// </summary>
public sealed record ChangesComplete(string DeltaLink) : RecordChange;
