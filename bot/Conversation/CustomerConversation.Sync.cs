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
        var result = await service.SynchronizeAsync(Mapping, number, direction, requestedBy, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case SyncOutcome.Modified or SyncOutcome.Unchanged:
                var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
                var customer = CustomerViews.Customer(lookup!.Record);
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
            default:
                return CardActionResult.Replace(MessageCards.Problem(
                    "Customer not found", $"Customer {number} doesn't exist in Business Central.", "Check the number and try again."));
        }
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
