using System.Text.Json;
using CouplingBot.Cards;
using CouplingBot.Cards.Actions;

namespace CouplingBot.Bot.Conversation;

public sealed partial class ConversationRouter
{
    /// <summary>The handler of a card verb, or null when the verb is unknown.</summary>
    /// <exception cref="JsonException">The data has a property of the wrong JSON type.</exception>
    /// <exception cref="ArgumentException">The data is missing or names something unknown.</exception>
    public Task<CardActionResult>? RunVerbAsync(string verb, JsonElement data, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return verb switch
        {
            CardVerbs.ShowSetUpCoupling => cards.ShowSetUpAsync(Read<CustomerAction>(data), cancellationToken),
            CardVerbs.SetUpCoupling => cards.SetUpAsync(Read<SetUpCouplingAction>(data), turn, cancellationToken),
            CardVerbs.ShowSync => cards.ShowSyncAsync(Read<CustomerAction>(data), turn.RequestedBy, cancellationToken),
            CardVerbs.SyncNow => cards.SyncNowAsync(Read<SyncNowAction>(data), turn.RequestedBy, cancellationToken),
            CardVerbs.RemoveCoupling => Read<CustomerAction>(data) is var a && RecordKinds.OfCard(a.RecordKind) == RecordKind.Contact
                ? records.UncoupleAsync(RecordKind.Contact, a.CustomerNumber, cancellationToken) : cards.RemoveAsync(a, cancellationToken),
            CardVerbs.CoupleDependency => cards.CoupleDependencyAsync(Read<DependencyCoupleAction>(data), turn.RequestedBy, cancellationToken),
            CardVerbs.DecideConflicts => cards.DecideAsync(Read<ConflictDecisionData>(data), data, turn.RequestedBy, cancellationToken),
            CardVerbs.PickRecord => PickAsync(Read<PickRecordData>(data), turn, cancellationToken),
            CardVerbs.ConfirmUncouple => UncoupleAsync(Read<RecordData>(data), cancellationToken),
            CardVerbs.RetryRecord => RetryAsync(Read<RecordData>(data), turn, cancellationToken),
            CardVerbs.CreateInSales => CreateAsync(Read<RecordData>(data), turn, cancellationToken),
            CardVerbs.ConfirmJob => jobs.StartAsync(Read<JobRequestData>(data), turn.RequestedBy, turn.ConversationReference, cancellationToken),
            CardVerbs.CancelJob => Task.FromResult(JobConversation.Cancel()),
            CardVerbs.RefreshJob => Replace(jobs.StatusAsync(Read<JobIdData>(data).JobId, cancellationToken)),
            CardVerbs.JobDetails => Replace(jobs.DetailsAsync(Read<JobIdData>(data).JobId, cancellationToken)),
            _ => null,
        };
    }

    // A record picked from several matches: the typed command runs on it; its first reply replaces the list.
    private async Task<CardActionResult> PickAsync(PickRecordData pick, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pick.Number);
        var replies = await RunAsync(pick.Command, RecordKinds.Parse(pick.RecordKind), pick.Number, null, turn, cancellationToken).ConfigureAwait(false);
        var first = replies[0];
        var card = first.Card ?? MessageCards.Note(RecordConversation.Title(RecordKinds.Parse(pick.RecordKind)) + " " + pick.Number, first.Text ?? "Done.");
        IReadOnlyList<Reply> followUps = first.Card is not null && first.Text is not null ? [new Reply(first.Text), .. replies.Skip(1)] : [.. replies.Skip(1)];
        return new CardActionResult(card, followUps);
    }

    private Task<CardActionResult> UncoupleAsync(RecordData record, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Number);
        var kind = RecordKinds.Parse(record.RecordKind);
        return kind == RecordKind.Customer
            ? cards.RemoveAsync(new CustomerAction(record.Number), cancellationToken)
            : records.UncoupleAsync(kind, record.Number, cancellationToken);
    }

    // Create in Sales on the set-up card: the record's counterpart is created and coupled; the card says how it went.
    private async Task<CardActionResult> CreateAsync(RecordData record, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Number);
        var kind = RecordKinds.Parse(record.RecordKind);
        var reply = await records.CreateAsync(kind, record.Number, turn, cancellationToken).ConfigureAwait(false);
        return CardActionResult.Replace(MessageCards.Note($"{RecordConversation.Title(kind)} {record.Number}", reply.Text ?? "Done."));
    }

    private Task<CardActionResult> RetryAsync(RecordData record, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(record.Number);
        return records.RetryAsync(RecordKinds.Parse(record.RecordKind), record.Number, turn.RequestedBy, cancellationToken);
    }

    private static async Task<CardActionResult> Replace(Task<Cards.Model.AdaptiveCard> card) => CardActionResult.Replace(await card.ConfigureAwait(false));

    private static T Read<T>(JsonElement data)
        where T : class =>
        CardActionData.Read<T>(data) ?? throw new ArgumentException("The card action carries no data.", nameof(data));
}
