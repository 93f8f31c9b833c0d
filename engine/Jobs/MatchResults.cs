using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Service;

namespace CouplingBot.Engine.Jobs;

/// <summary>A match-based coupling entry as a job item result.</summary>
internal static class MatchResults
{
    /// <summary>Coupled to a match, Inserted (a Sales record made for it), Skipped with the reason, or Failed.</summary>
    public static JobItemResult ToItemResult(MatchEntry entry) => entry switch
    {
        { Failure: { } failure } => new JobItemResult(JobItemOutcome.Failed, failure),
        { Action: MatchAction.Couple, Applied: true } => new JobItemResult(JobItemOutcome.Coupled, entry.Reason),
        { Action: MatchAction.CreateNew, Applied: true } => new JobItemResult(JobItemOutcome.Inserted, entry.Reason),
        { Action: MatchAction.LeaveAlone } => new JobItemResult(JobItemOutcome.Skipped, entry.Reason),
        _ => new JobItemResult(JobItemOutcome.Failed, $"The decision ({entry.Reason}) was not carried out."),
    };
}
