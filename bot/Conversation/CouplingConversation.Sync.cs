using CouplingBot.Cards;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

public sealed partial class CouplingConversation
{
    /// <summary>
    /// Synchronizes one record and answers with the result card and a completion message that says what changed;
    /// otherwise the conflict card, the dependency card or a card that says what went wrong and what to do.
    /// </summary>
    public async Task<CardActionResult> SynchronizeAsync(RecordKind kind, string number, SyncDirection direction, string requestedBy, CancellationToken cancellationToken)
    {
        var result = await recorder.SynchronizeAsync(Mapping(kind), number, direction, requestedBy, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(kind, number, result, cancellationToken).ConfigureAwait(false);
    }

    // The answer to a synchronization that has run.
    private async Task<CardActionResult> AnswerAsync(RecordKind kind, string number, SyncResult result, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case SyncOutcome.Modified or SyncOutcome.Unchanged:
                var view = CustomerViews.Result(result.Plan!, result.Coupling!.LastSync?.At ?? clock.GetUtcNow());
                return new CardActionResult(
                    SyncCards.Result(RecordViews.Record(kind, result.Record!), CustomerViews.Coupling(result.Coupling), view),
                    [new Reply(SyncTexts.Finished(kind, number, result.Plan!))]);
            case SyncOutcome.NeedsDecision when result is { Plan: { } plan, Coupling: { } conflicted }
                && await service.FindAsync(Mapping(kind), number, cancellationToken).ConfigureAwait(false) is { } current:
                return CardActionResult.Replace(ConflictCards.Decide(
                    RecordViews.Record(kind, current.Record), CustomerViews.Coupling(conflicted),
                    [.. plan.Conflicts.Select(c => new ConflictFieldView(c.Key, c.Field.Label, c.BusinessCentralValue, c.SalesValue))]));
            case SyncOutcome.Failed when await DependencyCardAsync(kind, number, result, cancellationToken).ConfigureAwait(false) is { } fix:
                return CardActionResult.Replace(fix);
            case SyncOutcome.Uncoupled or SyncOutcome.Restored:
                return await CounterpartHandledAsync(kind, number, result, cancellationToken).ConfigureAwait(false);
            default:
                return CardActionResult.Replace(Problem(kind, number, result));
        }
    }

    // The card for a synchronization that wrote nothing: what happened and what to do.
    private static Cards.Model.AdaptiveCard Problem(RecordKind kind, string number, SyncResult result)
    {
        var (noun, sales, named) = (CommandParser.Noun(kind), RecordKinds.SalesNoun(kind), Named(kind, number));
        return result.Outcome switch
        {
            SyncOutcome.NotCoupled => MessageCards.Problem(
                "Not coupled", $"{named} isn't coupled to a {sales}, so there is nothing to synchronize.", $"Send \"couple {noun} {number}\" to set up a coupling."),
            SyncOutcome.CounterpartMissing => MessageCards.Problem(
                $"The {sales} is gone", $"{named} is coupled to a {sales} that no longer exists.", $"Send \"uncouple {noun} {number}\", then \"couple {noun} {number}\" to couple it again."),
            SyncOutcome.TargetChangedMeanwhile => MessageCards.Problem(
                "Changed while synchronizing", $"Someone changed the {(result.Plan?.Target == Side.Sales ? sales : $"Business Central {noun}")} while it was being synchronized, so nothing was written.",
                $"Send \"sync {noun} {number}\" to look again and synchronize."),
            SyncOutcome.NeedsDecision => MessageCards.Problem(
                "Both sides changed", result.Message ?? $"{named} changed in both Business Central and Sales since the last sync.", $"Send \"sync {noun} {number}\" and choose which side wins."),
            SyncOutcome.Failed => MessageCards.Problem(
                "The synchronization failed", result.Message ?? "The service refused the record.",
                $"Fix the record, then send \"sync {noun} {number}\" again. After two identical failures it is skipped until you send \"retry {noun} {number}\"."),
            SyncOutcome.Skipped => MessageCards.Problem(
                "Skipped", $"{named} is skipped: it failed twice with the same error. {result.Message}".TrimEnd(), $"Fix the cause, then send \"retry {noun} {number}\"."),
            _ => NotFoundCard(kind, number),
        };
    }

    // The Sales record was gone: the mapping's rule removed the coupling or re-created the record.
    private async Task<CardActionResult> CounterpartHandledAsync(RecordKind kind, string number, SyncResult result, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping(kind), number, cancellationToken).ConfigureAwait(false);
        var what = $"The {RecordKinds.SalesNoun(kind)} coupled to {CommandParser.Noun(kind)} {number} had been deleted, so ";
        var text = what + (result.Outcome == SyncOutcome.Restored ? "it was re-created from Business Central and coupled again." : "the coupling was removed.");
        return lookup is null
            ? CardActionResult.Replace(NotFoundCard(kind, number))
            : new CardActionResult(CustomerCards.Record(RecordViews.Record(kind, lookup.Record), RecordViews.Coupling(lookup.Coupling)), [new Reply(text)]);
    }
}
