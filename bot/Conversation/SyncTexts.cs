using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>How a synchronization of one record ended, in one or two sentences, for either kind of record.</summary>
public static class SyncTexts
{
    /// <summary>The outcome in words, with the next step when something is left to do.</summary>
    public static string Outcome(RecordKind kind, string number, SyncResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var noun = CommandParser.Noun(kind);
        var record = $"{noun} {number}";
        return result.Outcome switch
        {
            SyncOutcome.Modified or SyncOutcome.Unchanged when result.Plan is { } plan => Finished(kind, number, plan),
            SyncOutcome.Modified or SyncOutcome.Unchanged => $"Synchronized {record}.",
            SyncOutcome.NotCoupled => $"{Capital(record)} isn't coupled to a {RecordKinds.SalesNoun(kind)}. Send \"couple {record}\" first.",
            SyncOutcome.CounterpartMissing => $"The {RecordKinds.SalesNoun(kind)} coupled to {record} no longer exists. Send \"uncouple {record}\", then couple it again.",
            SyncOutcome.TargetChangedMeanwhile => $"Someone changed {record} while it was being synchronized, so nothing was written. Send \"sync {record}\" to try again.",
            SyncOutcome.NeedsDecision => $"{Capital(record)} changed on both sides since the last sync. {result.Message} Send \"sync {record} to sales\" or \"from sales\" to choose which side wins.",
            SyncOutcome.Failed => $"The synchronization of {record} failed: {result.Message ?? "the service refused the record."}",
            SyncOutcome.Skipped => $"{Capital(record)} is skipped after failing twice the same way: {result.Message}",
            SyncOutcome.Uncoupled => $"The {RecordKinds.SalesNoun(kind)} coupled to {record} had been deleted, so the coupling was removed.",
            SyncOutcome.Restored => $"The {RecordKinds.SalesNoun(kind)} coupled to {record} had been deleted, so it was re-created and coupled again.",
            _ => $"{Capital(record)} doesn't exist in Business Central.",
        };
    }

    /// <summary>
    /// "Synchronization of customer 10000 finished (Business Central -> Sales): 2 fields changed in Sales: Phone, City.",
    /// with a warning when both sides had changed and the other side's edits were overwritten.
    /// </summary>
    public static string Finished(RecordKind kind, string number, SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var header = $"Synchronization of {CommandParser.Noun(kind)} {number} finished ({CustomerViews.Label(plan.Direction)}): ";
        if (plan.Changes.Count == 0)
        {
            return header + "both sides were already in step, nothing changed.";
        }

        var where = plan.Target == Side.Sales ? "in Sales" : "in Business Central";
        return header + $"{CustomerViews.Fields(plan.Changes.Count)} changed {where}: {string.Join(", ", plan.Changes.Select(c => c.Field.Label))}."
            + (plan.IsConflict ? " Both sides had changed since the last sync; the other side's edits to these fields were overwritten." : "");
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
