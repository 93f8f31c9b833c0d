using CouplingBot.Cards;
using CouplingBot.Cards.Actions;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

public sealed partial class ContactConversation
{
    /// <summary>Set Up Coupling on a contact's record card: the set-up card.</summary>
    public async Task<CardActionResult> ShowSetUpAsync(CustomerAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var reply = await CoupleAsync(action.CustomerNumber, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(reply.Card ?? MessageCards.Problem("Contact not found", reply.Text ?? "", null));
    }

    /// <summary>Set Up Coupling on a contact's set-up card: couples, then synchronizes when asked.</summary>
    public async Task<CardActionResult> SetUpAsync(SetUpCouplingAction action, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var number = action.CustomerNumber;
        if (string.IsNullOrWhiteSpace(action.AccountId))
        {
            return CardActionResult.Replace(MessageCards.Problem(
                "No contact chosen", "Pick the Sales contact to couple to.", $"Send \"couple contact {number}\" to see the suggestions again."));
        }

        var result = await service.CoupleAsync(Mapping, number, action.AccountId, requestedBy, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != CoupleOutcome.Coupled)
        {
            return CardActionResult.Replace(MessageCards.Problem("Not coupled", CouplingRefused(number, result), $"Send \"couple contact {number}\" to see current suggestions."));
        }

        var coupledText = $"Contact {number} is now coupled to Sales contact {result.Coupling!.SalesName}.";
        if (!action.ShouldSync)
        {
            return new CardActionResult(CustomerCards.Record(ContactViews.Contact(result.Record!), CustomerViews.Coupling(result.Coupling)), [new Reply(coupledText)]);
        }

        var synced = await SynchronizeAsync(number, CustomerViews.ToDirection(action.ChosenDirection ?? SyncDirectionChoice.ToSales), requestedBy, cancellationToken).ConfigureAwait(false);
        return new CardActionResult(synced.Card, [new Reply(coupledText), .. synced.FollowUps]);
    }

    /// <summary>Synchronize Now on a contact's record or result card: the synchronize card.</summary>
    public async Task<CardActionResult> ShowSyncAsync(CustomerAction action, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var replies = await SyncAsync(action.CustomerNumber, null, requestedBy, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(replies[0].Card ?? MessageCards.Problem("Contact not found", replies[0].Text ?? "", null));
    }

    /// <summary>Synchronize Now on a contact's synchronize card.</summary>
    public Task<CardActionResult> SyncNowAsync(SyncNowAction action, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        return SynchronizeAsync(action.CustomerNumber, CustomerViews.ToDirection(action.ChosenDirection ?? SyncDirectionChoice.ToSales), requestedBy, cancellationToken);
    }

    /// <summary>
    /// Synchronizes one contact: synchronized, the result card and a completion message; otherwise a
    /// problem card that says what happened and what to do.
    /// </summary>
    public async Task<CardActionResult> SynchronizeAsync(string number, SyncDirection direction, string requestedBy, CancellationToken cancellationToken)
    {
        var result = await recorder.SynchronizeAsync(Mapping, number, direction, requestedBy, cancellationToken).ConfigureAwait(false);
        var text = SyncTexts.Outcome(RecordKind.Contact, number, result);
        if (result is { Outcome: SyncOutcome.Modified or SyncOutcome.Unchanged, Record: { } record, Coupling: { } coupling, Plan: { } plan })
        {
            var view = CustomerViews.Result(plan, coupling.LastSync?.At ?? clock.GetUtcNow());
            return new CardActionResult(SyncCards.Result(ContactViews.Contact(record), CustomerViews.Coupling(coupling), view), [new Reply(text)]);
        }

        if (result.Outcome is SyncOutcome.Uncoupled or SyncOutcome.Restored
            && await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false) is { } lookup)
        {
            return new CardActionResult(CustomerCards.Record(ContactViews.Contact(lookup.Record), lookup.Coupling is { } c ? CustomerViews.Coupling(c) : null), [new Reply(text)]);
        }

        return CardActionResult.Replace(MessageCards.Problem(ProblemTitle(result.Outcome), text, NextStep(number, result.Outcome)));
    }

    private static string ProblemTitle(SyncOutcome outcome) => outcome switch
    {
        SyncOutcome.NotCoupled => "Not coupled",
        SyncOutcome.CounterpartMissing => "The Sales contact is gone",
        SyncOutcome.TargetChangedMeanwhile => "Changed while synchronizing",
        SyncOutcome.NeedsDecision => "Both sides changed",
        SyncOutcome.Failed => "The synchronization failed",
        SyncOutcome.Skipped => "Skipped",
        _ => "Contact not found",
    };

    private static string? NextStep(string number, SyncOutcome outcome) => outcome switch
    {
        SyncOutcome.Failed => $"Fix the record, then send \"sync contact {number}\" again. After two identical failures it is skipped until you send \"retry contact {number}\".",
        SyncOutcome.Skipped => $"Fix the cause, then send \"retry contact {number}\".",
        SyncOutcome.RecordNotFound => "Check the number and try again.",
        _ => null,
    };

    private static string CouplingRefused(string number, CoupleResult result)
    {
        var sales = result.SalesRecord?["fullname"] ?? "that Sales contact";
        return result.Outcome switch
        {
            CoupleOutcome.RecordAlreadyCoupled => $"Contact {number} is already coupled to Sales contact {result.Existing?.SalesName}.",
            CoupleOutcome.SalesRecordAlreadyCoupled => $"Sales contact {sales} is already coupled to contact {result.Existing?.BusinessCentralNumber}.",
            CoupleOutcome.SalesRecordNotFound => "That Sales contact doesn't exist (any more).",
            CoupleOutcome.RecordFiltered => $"Contact {number} can't be coupled: only contacts that are {result.FilterDescription} can.",
            CoupleOutcome.SalesRecordFiltered => $"Sales contact {sales} can't be coupled: only contacts that are {result.FilterDescription} can.",
            _ => $"Contact {number} doesn't exist in Business Central.",
        };
    }
}
