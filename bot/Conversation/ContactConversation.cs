using CouplingBot.Cards;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Contacts in chat, answered with the same record, set-up, synchronize and result cards as customers
/// (<see cref="ContactViews"/> turns contacts into their views); the card actions come back here through
/// the <c>recordKind</c> the cards send.
/// </summary>
public sealed partial class ContactConversation(CouplingService service, SyncRecorder recorder, TimeProvider clock)
{
    private TableMapping Mapping => service.Mappings.Mapping(RecordKind.Contact);

    /// <summary><c>show contact CT000012</c>: the record card with its coupling and last sync.</summary>
    public async Task<Reply> ShowAsync(string number, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        return lookup is null
            ? RecordConversation.NotFound(RecordKind.Contact, number)
            : Reply.WithCard(CustomerCards.Record(ContactViews.Contact(lookup.Record), lookup.Coupling is { } c ? CustomerViews.Coupling(c) : null));
    }

    /// <summary><c>couple contact CT000012</c>: the set-up card with Sales contacts ranked by name, e-mail and phone.</summary>
    public async Task<Reply> CoupleAsync(string number, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        if (lookup is null)
        {
            return RecordConversation.NotFound(RecordKind.Contact, number);
        }

        var contact = ContactViews.Contact(lookup.Record);
        if (lookup.Coupling is { } coupling)
        {
            return new Reply($"Contact {number} is already coupled to Sales contact {coupling.SalesName}.", CustomerCards.Record(contact, CustomerViews.Coupling(coupling)));
        }

        var candidates = await service.SuggestAsync(Mapping, MatchProfile.Contact, lookup.Record, cancellationToken).ConfigureAwait(false);
        return Reply.WithCard(CouplingCards.SetUp(contact, [.. candidates.Select(ContactViews.Candidate)]));
    }

    /// <summary>
    /// <c>sync contact CT000012 [to sales|from sales]</c>: with a direction, synchronizes and answers with
    /// the result card; without, the synchronize card with the recommended direction's preview.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> SyncAsync(string number, SyncDirection? direction, string requestedBy, CancellationToken cancellationToken)
    {
        if (direction is { } chosen)
        {
            var result = await SynchronizeAsync(number, chosen, requestedBy, cancellationToken).ConfigureAwait(false);
            return [Reply.WithCard(result.Card), .. result.FollowUps];
        }

        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        if (lookup is null)
        {
            return [RecordConversation.NotFound(RecordKind.Contact, number)];
        }

        var contact = ContactViews.Contact(lookup.Record);
        if (lookup.Coupling is not { } coupling)
        {
            return [new Reply($"Contact {number} isn't coupled to a Sales contact yet. Set up a coupling first.", CustomerCards.Record(contact, null))];
        }

        Cards.Views.SyncPreviewView? preview = null;
        if (lookup.SalesRecord is { } sales)
        {
            var advice = SyncAdvisor.Recommend(Mapping, coupling, lookup.Record, sales);
            var previewed = advice.Recommended == SyncDirection.FromSales ? SyncDirection.FromSales : SyncDirection.ToSales;
            var planned = await service.PreviewAsync(Mapping, number, previewed, cancellationToken).ConfigureAwait(false);
            preview = planned.Plan is { } plan ? CustomerViews.Preview(plan, advice.Warning) : null;
        }

        return [Reply.WithCard(SyncCards.Synchronize(contact, CustomerViews.Coupling(coupling), preview))];
    }

    /// <summary><c>retry contact CT000012</c>: un-skips the contact and synchronizes it again in its last direction.</summary>
    public async Task<IReadOnlyList<Reply>> RetryAsync(string number, string requestedBy, CancellationToken cancellationToken)
    {
        await service.RetryAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        var result = await SynchronizeAsync(number, lookup?.Coupling?.LastSync?.Direction ?? SyncDirection.ToSales, requestedBy, cancellationToken).ConfigureAwait(false);
        return [Reply.WithCard(result.Card), .. result.FollowUps];
    }
}
