using CouplingBot.Cards;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Coupling and synchronizing one customer or contact through its cards (record, set-up, synchronize, result,
/// conflict and dependency): each command and card action asks the engine, then answers with a card or a message
/// that says what happened and what to do next. The flow is the same for both kinds; only the views
/// (<see cref="RecordViews"/>) and the nouns differ. Card actions name their kind in <c>recordKind</c>
/// (<see cref="RecordKinds.OfCard"/>).
/// </summary>
public sealed partial class CouplingConversation(CouplingService service, SyncRecorder recorder, CouplerRecorder couplers, TimeProvider clock)
{
    /// <summary><c>show customer 10000</c>: the record card with its coupling and last sync.</summary>
    public async Task<Reply> ShowAsync(RecordKind kind, string number, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping(kind), number, cancellationToken).ConfigureAwait(false);
        return lookup is null
            ? RecordConversation.NotFound(kind, number)
            : Reply.WithCard(CustomerCards.Record(RecordViews.Record(kind, lookup.Record), RecordViews.Coupling(lookup.Coupling)));
    }

    /// <summary><c>couple customer 10000</c>: the set-up card with the Sales records it may be, ranked.</summary>
    public async Task<Reply> CoupleAsync(RecordKind kind, string number, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping(kind), number, cancellationToken).ConfigureAwait(false);
        if (lookup is null)
        {
            return RecordConversation.NotFound(kind, number);
        }

        var record = RecordViews.Record(kind, lookup.Record);
        if (lookup.Coupling is { } coupling)
        {
            return new Reply($"{Named(kind, number)} is already coupled to {RecordKinds.SalesNoun(kind)} {coupling.SalesName}.", CustomerCards.Record(record, CustomerViews.Coupling(coupling)));
        }

        var candidates = await service.SuggestAsync(Mapping(kind), RecordViews.Profile(kind), lookup.Record, cancellationToken).ConfigureAwait(false);
        return Reply.WithCard(CouplingCards.SetUp(record, [.. candidates.Select(c => RecordViews.Candidate(kind, c))]));
    }

    /// <summary>
    /// <c>sync customer 10000 [to sales|from sales|both ways]</c>: with a direction, synchronizes at once; without, the
    /// synchronize card with the recommended direction's preview.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> SyncAsync(RecordKind kind, string number, SyncDirection? direction, string requestedBy, CancellationToken cancellationToken)
    {
        if (direction is { } chosen)
        {
            var result = await SynchronizeAsync(kind, number, chosen, requestedBy, cancellationToken).ConfigureAwait(false);
            return [Reply.WithCard(result.Card), .. result.FollowUps];
        }

        var lookup = await service.FindAsync(Mapping(kind), number, cancellationToken).ConfigureAwait(false);
        if (lookup is null)
        {
            return [RecordConversation.NotFound(kind, number)];
        }

        var record = RecordViews.Record(kind, lookup.Record);
        if (lookup.Coupling is not { } coupling)
        {
            return [new Reply($"{Named(kind, number)} isn't coupled to a {RecordKinds.SalesNoun(kind)} yet. Set up a coupling first.", CustomerCards.Record(record, null))];
        }

        var preview = lookup.SalesRecord is { } sales
            ? await PreviewAsync(kind, number, SyncAdvisor.Recommend(Mapping(kind), coupling, lookup.Record, sales), cancellationToken).ConfigureAwait(false)
            : null;
        return [Reply.WithCard(SyncCards.Synchronize(record, CustomerViews.Coupling(coupling), preview))];
    }

    /// <summary><c>retry customer 10000</c>: un-skips a skipped record and synchronizes it again in its last direction.</summary>
    public async Task<IReadOnlyList<Reply>> RetryAsync(RecordKind kind, string number, string requestedBy, CancellationToken cancellationToken)
    {
        if (!await service.RetryAsync(Mapping(kind), number, cancellationToken).ConfigureAwait(false))
        {
            return [new Reply($"{Named(kind, number)} isn't skipped, so there is nothing to retry. Send \"sync {CommandParser.Noun(kind)} {number}\" to synchronize it.")];
        }

        var lookup = await service.FindAsync(Mapping(kind), number, cancellationToken).ConfigureAwait(false);
        var result = await SynchronizeAsync(kind, number, lookup?.Coupling?.LastSync?.Direction ?? SyncDirection.ToSales, requestedBy, cancellationToken).ConfigureAwait(false);
        return [Reply.WithCard(result.Card), .. result.FollowUps];
    }

    // The preview of the direction to preselect (the advisor's, or Business Central -> Sales when it recommends a merge or none).
    private async Task<Cards.Views.SyncPreviewView?> PreviewAsync(RecordKind kind, string number, SyncAdvice advice, CancellationToken cancellationToken)
    {
        var direction = advice.Recommended == SyncDirection.FromSales ? SyncDirection.FromSales : SyncDirection.ToSales;
        var result = await service.PreviewAsync(Mapping(kind), number, direction, cancellationToken).ConfigureAwait(false);
        return result.Plan is { } plan ? CustomerViews.Preview(plan, advice.Warning) : null;
    }

    private TableMapping Mapping(RecordKind kind) => service.Mappings.Mapping(kind);

    // "Customer 10000" / "Contact CT000006".
    private static string Named(RecordKind kind, string number) => $"{RecordConversation.Title(kind)} {number}";

    private static Cards.Model.AdaptiveCard NotFoundCard(RecordKind kind, string number) => MessageCards.Problem(
        $"{RecordConversation.Title(kind)} not found", $"{Named(kind, number)} doesn't exist in Business Central.", "Check the number and try again.");
}
