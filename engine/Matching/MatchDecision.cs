using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Matching;

/// <summary>What match-based coupling does with one uncoupled Business Central record.</summary>
public enum MatchAction
{
    /// <summary>Couple it to the one uncoupled Sales record that matched.</summary>
    Couple,

    /// <summary>No unique match, and new records may be created: create its Sales record and couple.</summary>
    CreateNew,

    /// <summary>Leave it as it is (no unique match, coupled already, outside the filter).</summary>
    LeaveAlone,
}

/// <summary>The decision for one record, with the reason in words.</summary>
/// <param name="Action">What to do.</param>
/// <param name="SalesRecord">The Sales record to couple to, for <see cref="MatchAction.Couple"/>.</param>
/// <param name="Priority">The priority of the group that matched, for <see cref="MatchAction.Couple"/>.</param>
/// <param name="Reason">Why, e.g. "unique match on displayName=name (priority 1)".</param>
public sealed record MatchDecision(MatchAction Action, EntityRecord? SalesRecord, int? Priority, string Reason);
