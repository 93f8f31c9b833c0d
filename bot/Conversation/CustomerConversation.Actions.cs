using CouplingBot.Cards;
using CouplingBot.Cards.Actions;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

public sealed partial class CustomerConversation
{
    /// <summary>Set Up Coupling on the record card: the set-up card.</summary>
    public async Task<CardActionResult> ShowSetUpAsync(CustomerAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var reply = await CoupleAsync(action.CustomerNumber, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(reply.Card ?? MessageCards.Problem("Customer not found", reply.Text ?? "", null));
    }

    /// <summary>Set Up Coupling on the set-up card: couples, then synchronizes when asked.</summary>
    public async Task<CardActionResult> SetUpAsync(SetUpCouplingAction action, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var number = action.CustomerNumber;
        if (string.IsNullOrWhiteSpace(action.AccountId))
        {
            return CardActionResult.Replace(MessageCards.Problem(
                "No account chosen", "Pick the Sales account to couple to.", $"Send \"couple customer {number}\" to see the suggestions again."));
        }

        var result = await service.CoupleAsync(Mapping, number, action.AccountId, requestedBy, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != CoupleOutcome.Coupled)
        {
            return CardActionResult.Replace(CouplingRefused(number, result));
        }

        var customer = CustomerViews.Customer(result.Record!);
        var coupledText = $"Customer {number} is now coupled to Sales account {result.Coupling!.SalesName}.";
        if (!action.ShouldSync)
        {
            return new CardActionResult(CustomerCards.Record(customer, CustomerViews.Coupling(result.Coupling)), [new Reply(coupledText)]);
        }

        var direction = CustomerViews.ToDirection(action.ChosenDirection ?? SyncDirectionChoice.ToSales);
        var syncResult = await recorder.SynchronizeAsync(Mapping, number, direction, requestedBy, cancellationToken).ConfigureAwait(false);
        var synced = await AnswerAsync(number, syncResult, cancellationToken).ConfigureAwait(false);

        // Synchronized: the card shows the coupled state; otherwise the card says what went wrong.
        var card = syncResult is { Record: { } record, Coupling: { } coupling }
            ? CustomerCards.Record(CustomerViews.Customer(record), CustomerViews.Coupling(coupling))
            : synced.Card;
        return new CardActionResult(card, [new Reply(coupledText), .. synced.FollowUps]);
    }

    /// <summary>Synchronize Now on the record card: the synchronize card.</summary>
    public async Task<CardActionResult> ShowSyncAsync(CustomerAction action, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var replies = await SyncAsync(action.CustomerNumber, null, requestedBy, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(replies[0].Card ?? MessageCards.Problem("Customer not found", replies[0].Text ?? "", null));
    }

    /// <summary>Synchronize Now on the synchronize card.</summary>
    public Task<CardActionResult> SyncNowAsync(SyncNowAction action, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var direction = CustomerViews.ToDirection(action.ChosenDirection ?? SyncDirectionChoice.ToSales);
        return SynchronizeAsync(action.CustomerNumber, direction, requestedBy, cancellationToken);
    }

    /// <summary>Uncouple on the record card.</summary>
    public async Task<CardActionResult> RemoveAsync(CustomerAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var reply = await UncoupleAsync(action.CustomerNumber, cancellationToken).ConfigureAwait(false);
        return reply.Card is { } card
            ? new CardActionResult(card, reply.Text is null ? [] : [new Reply(reply.Text)])
            : CardActionResult.Replace(MessageCards.Problem("Nothing to uncouple", reply.Text ?? "", null));
    }

    private static Cards.Model.AdaptiveCard CouplingRefused(string number, CoupleResult result)
    {
        var account = result.SalesRecord?["name"] ?? "that Sales account";
        return result.Outcome switch
        {
            CoupleOutcome.RecordAlreadyCoupled => MessageCards.Problem(
                "Already coupled", $"Customer {number} is already coupled to Sales account {result.Existing?.SalesName}.", $"Send \"uncouple customer {number}\" first to couple it to another account."),
            CoupleOutcome.SalesRecordAlreadyCoupled => MessageCards.Problem(
                "Account already coupled", $"Sales account {account} is already coupled to customer {result.Existing?.BusinessCentralNumber}.", $"Pick another account, or send \"uncouple customer {result.Existing?.BusinessCentralNumber}\" first."),
            CoupleOutcome.SalesRecordNotFound => MessageCards.Problem(
                "Account not found", "That Sales account doesn't exist (any more).", $"Send \"couple customer {number}\" to see current suggestions."),
            CoupleOutcome.RecordFiltered => MessageCards.Problem(
                "Customer can't be coupled", $"Customer {number} can't be coupled: only customers that are {result.FilterDescription} can.", "Change the customer in Business Central, then try again."),
            CoupleOutcome.SalesRecordFiltered => MessageCards.Problem(
                "Account can't be coupled", $"Sales account {account} can't be coupled: only accounts that are {result.FilterDescription} can.", "Pick another account, or reactivate it in Sales."),
            _ => MessageCards.Problem("Customer not found", $"Customer {number} doesn't exist in Business Central.", "Check the number and try again."),
        };
    }
}
