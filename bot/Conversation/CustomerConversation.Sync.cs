using CouplingBot.Cards;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

public sealed partial class CustomerConversation
{
    /// <summary>
    /// Synchronizes one customer and answers with the result card and a completion message that
    /// says what changed.
    /// </summary>
    public async Task<CardActionResult> SynchronizeAsync(string number, SyncDirection direction, string requestedBy, CancellationToken cancellationToken)
    {
        var result = await recorder.SynchronizeAsync(Mapping, number, direction, requestedBy, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(number, result, cancellationToken).ConfigureAwait(false);
    }

    // The result card and completion message for a synchronization that has run.
    private async Task<CardActionResult> AnswerAsync(string number, SyncResult result, CancellationToken cancellationToken)
    {
        switch (result.Outcome)
        {
            case SyncOutcome.Modified or SyncOutcome.Unchanged:
                var customer = CustomerViews.Customer(result.Record!);
                var view = CustomerViews.Result(result.Plan!, result.Coupling!.LastSync?.At ?? clock.GetUtcNow());
                return new CardActionResult(
                    SyncCards.Result(customer, CustomerViews.Coupling(result.Coupling), view),
                    [new Reply(CompletionText(number, result))]);
            case SyncOutcome.NotCoupled:
                return CardActionResult.Replace(MessageCards.Problem(
                    "Not coupled", $"Customer {number} isn't coupled to a Sales account, so there is nothing to synchronize.", $"Send \"couple customer {number}\" to set up a coupling."));
            case SyncOutcome.CounterpartMissing:
                return CardActionResult.Replace(MessageCards.Problem(
                    "The Sales account is gone", $"Customer {number} is coupled to a Sales account that no longer exists.", $"Send \"uncouple customer {number}\", then \"couple customer {number}\" to couple it again."));
            case SyncOutcome.TargetChangedMeanwhile:
                var target = result.Plan!.Target == Side.Sales ? "Sales account" : "Business Central customer";
                return CardActionResult.Replace(MessageCards.Problem(
                    "Changed while synchronizing", $"Someone changed the {target} while it was being synchronized, so nothing was written.", $"Send \"sync customer {number}\" to look again and synchronize."));
            case SyncOutcome.NeedsDecision when result is { Plan: { } plan, Coupling: { } conflicted }
                && await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false) is { } current:
                return CardActionResult.Replace(ConflictCards.Decide(
                    CustomerViews.Customer(current.Record), CustomerViews.Coupling(conflicted),
                    [.. plan.Conflicts.Select(c => new Cards.Views.ConflictFieldView(c.Key, c.Field.Label, c.BusinessCentralValue, c.SalesValue))]));
            case SyncOutcome.NeedsDecision:
                return CardActionResult.Replace(MessageCards.Problem(
                    "Both sides changed", result.Message ?? $"Customer {number} changed in both Business Central and Sales since the last sync.", $"Send \"sync customer {number}\" and choose which side wins."));
            case SyncOutcome.Failed when await DependencyCardAsync(number, result, cancellationToken).ConfigureAwait(false) is { } fix:
                return CardActionResult.Replace(fix);
            case SyncOutcome.Failed:
                return CardActionResult.Replace(MessageCards.Problem(
                    "The synchronization failed", result.Message ?? "The service refused the record.", $"Fix the record, then send \"sync customer {number}\" again. After two identical failures it is skipped until you send \"retry customer {number}\"."));
            case SyncOutcome.Skipped:
                return CardActionResult.Replace(MessageCards.Problem(
                    "Skipped", $"Customer {number} is skipped: it failed twice with the same error. {result.Message}".TrimEnd(), $"Fix the cause, then send \"retry customer {number}\"."));
            case SyncOutcome.Uncoupled or SyncOutcome.Restored:
                return await CounterpartHandledAsync(number, result, cancellationToken).ConfigureAwait(false);
            default:
                return CardActionResult.Replace(MessageCards.Problem(
                    "Customer not found", $"Customer {number} doesn't exist in Business Central.", "Check the number and try again."));
        }
    }

    /// <summary><c>retry customer 10000</c>: un-skips a skipped customer and synchronizes it again.</summary>
    public async Task<IReadOnlyList<Reply>> RetryAsync(string number, string requestedBy, CancellationToken cancellationToken)
    {
        if (!await service.RetryAsync(Mapping, number, cancellationToken).ConfigureAwait(false))
        {
            return [new Reply($"Customer {number} isn't skipped, so there is nothing to retry. Send \"sync customer {number}\" to synchronize it.")];
        }

        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        var result = await SynchronizeAsync(number, lookup?.Coupling?.LastSync?.Direction ?? SyncDirection.ToSales, requestedBy, cancellationToken).ConfigureAwait(false);
        return [Reply.WithCard(result.Card), .. result.FollowUps];
    }

    // The Sales record was gone: the mapping's rule removed the coupling or re-created the record.
    private async Task<CardActionResult> CounterpartHandledAsync(string number, SyncResult result, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        var text = result.Outcome == SyncOutcome.Restored
            ? $"The Sales account coupled to customer {number} had been deleted, so it was re-created from Business Central and coupled again."
            : $"The Sales account coupled to customer {number} had been deleted, so the coupling was removed.";
        return lookup is null
            ? CardActionResult.Replace(MessageCards.Problem("Customer not found", $"Customer {number} doesn't exist in Business Central.", "Check the number and try again."))
            : new CardActionResult(CustomerCards.Record(CustomerViews.Customer(lookup.Record), lookup.Coupling is { } c ? CustomerViews.Coupling(c) : null), [new Reply(text)]);
    }

    private static string CompletionText(string number, SyncResult result)
    {
        var plan = result.Plan!;
        var header = $"Synchronization of customer {number} finished ({CustomerViews.Label(plan.Direction)}): ";
        if (plan.Changes.Count == 0)
        {
            return header + "both sides were already in step, nothing changed.";
        }

        var where = plan.Target == Side.Sales ? "in Sales" : "in Business Central";
        return header + $"{CustomerViews.Fields(plan.Changes.Count)} changed {where}: {string.Join(", ", plan.Changes.Select(c => c.Field.Label))}."
            + (plan.IsConflict ? " Both sides had changed since the last sync; the other side's edits to these fields were overwritten." : "");
    }
}
