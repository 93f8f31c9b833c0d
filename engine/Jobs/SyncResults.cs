using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Jobs;

/// <summary>A one-record sync result as a job item result, with its history entry built from the plan's changes.</summary>
internal static class SyncResults
{
    public static JobItemResult ToItemResult(TableMapping mapping, JobItem item, SyncResult result) => result.Outcome switch
    {
        SyncOutcome.Modified when result is { Plan: { } plan, Coupling: { } coupling } =>
            new JobItemResult(JobItemOutcome.Modified, History: SyncHistoryEntry.Of(mapping, item.Key, item.Request.RequestedBy, plan, coupling, result.Coupling.LastSync?.At ?? DateTimeOffset.UtcNow)),
        SyncOutcome.Modified or SyncOutcome.Unchanged => new JobItemResult(result.Outcome == SyncOutcome.Modified ? JobItemOutcome.Modified : JobItemOutcome.Unchanged),
        SyncOutcome.NotCoupled => new JobItemResult(JobItemOutcome.Skipped, "Not coupled."),
        SyncOutcome.RecordNotFound => new JobItemResult(JobItemOutcome.Failed, $"{mapping.Name} {item.Key} does not exist in Business Central."),
        SyncOutcome.CounterpartMissing => new JobItemResult(JobItemOutcome.Failed, $"The Sales record coupled to {mapping.Name} {item.Key} no longer exists; uncouple it or couple it again."),
        SyncOutcome.TargetChangedMeanwhile => new JobItemResult(JobItemOutcome.Failed, "The target record changed while it was being synchronized; run the sync again."),
        SyncOutcome.NeedsDecision => new JobItemResult(JobItemOutcome.Skipped, result.Message ?? "Both sides changed the same fields: a person has to choose which side wins."),
        SyncOutcome.Skipped => new JobItemResult(JobItemOutcome.Skipped, result.Message ?? "Skipped after failing twice with the same error; retry it once the cause is fixed."),
        SyncOutcome.Failed => new JobItemResult(JobItemOutcome.Failed, result.Message ?? "The service refused the record."),
        SyncOutcome.Uncoupled => new JobItemResult(JobItemOutcome.Uncoupled, result.Message),
        SyncOutcome.Restored => new JobItemResult(JobItemOutcome.Inserted, result.Message),
        _ => new JobItemResult(JobItemOutcome.Failed, $"Unexpected sync outcome {result.Outcome}."),
    };
}
