using CouplingBot.Cards;
using CouplingBot.Cards.Actions;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

public sealed partial class CouplingConversation
{
    /// <summary>Set Up Coupling on the record card: the set-up card.</summary>
    public async Task<CardActionResult> ShowSetUpAsync(CustomerAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var kind = RecordKinds.OfCard(action.RecordKind);
        var reply = await CoupleAsync(kind, action.CustomerNumber, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(reply.Card ?? NotFound(kind, reply));
    }

    /// <summary>
    /// Set Up Coupling on the set-up card: couples (and keeps who did, see <see cref="CouplerRecorder"/>), then
    /// synchronizes when asked.
    /// </summary>
    public async Task<CardActionResult> SetUpAsync(SetUpCouplingAction action, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(turn);
        var (kind, number) = (RecordKinds.OfCard(action.RecordKind), action.CustomerNumber);
        if (string.IsNullOrWhiteSpace(action.AccountId))
        {
            return CardActionResult.Replace(MessageCards.Problem(
                $"No {RecordViews.Nouns(kind).SalesNoun} chosen", $"Pick the {RecordKinds.SalesNoun(kind)} to couple to.",
                $"Send \"couple {CommandParser.Noun(kind)} {number}\" to see the suggestions again."));
        }

        var result = await service.CoupleAsync(Mapping(kind), number, action.AccountId, turn.RequestedBy, cancellationToken).ConfigureAwait(false);
        if (result is not { Outcome: CoupleOutcome.Coupled, Coupling: { } coupling, Record: { } coupled })
        {
            return CardActionResult.Replace(CouplingRefused(kind, number, result));
        }

        await couplers.RememberAsync(Mapping(kind), coupling, turn, cancellationToken).ConfigureAwait(false);
        var coupledText = $"{Named(kind, number)} is now coupled to {RecordKinds.SalesNoun(kind)} {coupling.SalesName}.";
        if (!action.ShouldSync)
        {
            return new CardActionResult(CustomerCards.Record(RecordViews.Record(kind, coupled), CustomerViews.Coupling(coupling)), [new Reply(coupledText)]);
        }

        var direction = CustomerViews.ToDirection(action.ChosenDirection ?? SyncDirectionChoice.ToSales);
        var syncResult = await recorder.SynchronizeAsync(Mapping(kind), number, direction, turn.RequestedBy, cancellationToken).ConfigureAwait(false);
        var synced = await AnswerAsync(kind, number, syncResult, cancellationToken).ConfigureAwait(false);

        // Synchronized: the card shows the coupled state; otherwise the card says what went wrong.
        var card = syncResult is { Record: { } record, Coupling: { } now }
            ? CustomerCards.Record(RecordViews.Record(kind, record), CustomerViews.Coupling(now))
            : synced.Card;
        return new CardActionResult(card, [new Reply(coupledText), .. synced.FollowUps]);
    }

    /// <summary>Synchronize Now on the record or result card: the synchronize card.</summary>
    public async Task<CardActionResult> ShowSyncAsync(CustomerAction action, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var kind = RecordKinds.OfCard(action.RecordKind);
        var replies = await SyncAsync(kind, action.CustomerNumber, null, requestedBy, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(replies[0].Card ?? NotFound(kind, replies[0]));
    }

    /// <summary>Synchronize Now on the synchronize card.</summary>
    public Task<CardActionResult> SyncNowAsync(SyncNowAction action, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var direction = CustomerViews.ToDirection(action.ChosenDirection ?? SyncDirectionChoice.ToSales);
        return SynchronizeAsync(RecordKinds.OfCard(action.RecordKind), action.CustomerNumber, direction, requestedBy, cancellationToken);
    }

    /// <summary>
    /// Uncouple on a customer's record card (and its confirmation card): the record card, now not coupled, and
    /// what was removed. Contacts' cards are answered by <see cref="RecordConversation.UncoupleAsync"/>.
    /// </summary>
    public async Task<CardActionResult> RemoveAsync(CustomerAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var kind = RecordKinds.OfCard(action.RecordKind);
        var number = action.CustomerNumber;
        var result = await service.UncoupleAsync(Mapping(kind), number, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            UncoupleOutcome.Uncoupled => new CardActionResult(
                CustomerCards.Record(RecordViews.Record(kind, result.Record!), null),
                [new Reply($"{Named(kind, number)} is no longer coupled to {RecordKinds.SalesNoun(kind)} {result.Coupling!.SalesName}. No data was deleted.")]),
            UncoupleOutcome.NotCoupled => CardActionResult.Replace(MessageCards.Problem(
                "Nothing to uncouple", $"{Named(kind, number)} isn't coupled to a {RecordKinds.SalesNoun(kind)}, so there is nothing to uncouple.", null)),
            UncoupleOutcome.ChangedMeanwhile => CardActionResult.Replace(MessageCards.Problem(
                "The coupling changed meanwhile", $"Someone changed the coupling of {CommandParser.Noun(kind)} {number} while it was being removed; nothing was removed.",
                $"Send \"uncouple {CommandParser.Noun(kind)} {number}\" again.")),
            _ => CardActionResult.Replace(NotFoundCard(kind, number)),
        };
    }

    private static Cards.Model.AdaptiveCard NotFound(RecordKind kind, Reply reply) =>
        MessageCards.Problem($"{RecordConversation.Title(kind)} not found", reply.Text ?? "", null);

    private Cards.Model.AdaptiveCard CouplingRefused(RecordKind kind, string number, CoupleResult result)
    {
        var (noun, sales, brief) = (CommandParser.Noun(kind), RecordKinds.SalesNoun(kind), RecordViews.Nouns(kind).SalesNoun);
        var other = $"{sales} {result.SalesRecord?[Mapping(kind).SalesNameField] ?? "(no name)"}";
        var title = RecordConversation.Title(kind);
        var shortTitle = char.ToUpperInvariant(brief[0]) + brief[1..];
        return result.Outcome switch
        {
            CoupleOutcome.RecordAlreadyCoupled => MessageCards.Problem(
                "Already coupled", $"{Named(kind, number)} is already coupled to {sales} {result.Existing?.SalesName}.", $"Send \"uncouple {noun} {number}\" first to couple it to another {brief}."),
            CoupleOutcome.SalesRecordAlreadyCoupled => MessageCards.Problem(
                $"{shortTitle} already coupled", $"{other} is already coupled to {noun} {result.Existing?.BusinessCentralNumber}.", $"Pick another {brief}, or send \"uncouple {noun} {result.Existing?.BusinessCentralNumber}\" first."),
            CoupleOutcome.SalesRecordNotFound => MessageCards.Problem(
                $"{shortTitle} not found", $"That {sales} doesn't exist (any more).", $"Send \"couple {noun} {number}\" to see current suggestions."),
            CoupleOutcome.RecordFiltered => MessageCards.Problem(
                $"{title} can't be coupled", $"{Named(kind, number)} can't be coupled: only {CommandParser.Plural(kind)} that are {result.FilterDescription} can.", $"Change the {noun} in Business Central, then try again."),
            CoupleOutcome.SalesRecordFiltered => MessageCards.Problem(
                $"{shortTitle} can't be coupled", $"{other} can't be coupled: only {brief}s that are {result.FilterDescription} can.", $"Pick another {brief}, or reactivate it in Sales."),
            _ => NotFoundCard(kind, number),
        };
    }
}
