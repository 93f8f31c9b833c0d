using CouplingBot.Engine.Matching;

namespace CouplingBot.Engine.Service;

/// <summary>What match-based coupling decided, and did, for one Business Central record.</summary>
/// <param name="Number">The record's number.</param>
/// <param name="BusinessCentralId">The record's id.</param>
/// <param name="Action">What was decided.</param>
/// <param name="SalesId">The Sales record coupled (or to be coupled, or created), when there is one.</param>
/// <param name="Reason">Why, in words: the group that matched, or why nothing did.</param>
/// <param name="Applied">True when it was carried out (never in a dry run).</param>
/// <param name="Failure">Why it could not be done (no such record, the create refused, coupled meanwhile), when it could not.</param>
public sealed record MatchEntry(
    string Number, string BusinessCentralId, MatchAction Action, string? SalesId, string Reason, bool Applied = false, string? Failure = null);

/// <summary>
/// The report of a match-based coupling run: one entry per Business Central record read. A dry run
/// reports what would be done and writes nothing; a real run reports what was done.
/// </summary>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Entries">One per Business Central record, in the order read.</param>
public sealed record MatchReport(bool DryRun, IReadOnlyList<MatchEntry> Entries)
{
    /// <summary>Records coupled to an existing Sales record (in a dry run: that would be).</summary>
    public int Coupled => Count(MatchAction.Couple);

    /// <summary>Records given a new Sales record (in a dry run: that would be).</summary>
    public int Created => Count(MatchAction.CreateNew);

    /// <summary>Records left alone, each with its reason.</summary>
    public int LeftAlone => Entries.Count(e => e.Action == MatchAction.LeaveAlone);

    /// <summary>Records that could not be handled: missing, or their coupling or create was refused.</summary>
    public int Failed => Entries.Count(e => e.Failure is not null);

    private int Count(MatchAction action) => Entries.Count(e => e.Action == action && (DryRun || e.Applied));
}
