using CouplingBot.Cards;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Everything a person can do with customers in chat: each command and card action asks the
/// engine, then answers with a card or a message that says what happened and what to do next.
/// </summary>
public sealed partial class CustomerConversation(CouplingService service, SyncRecorder recorder, TimeProvider clock)
{
    private TableMapping Mapping => service.Mappings.Mapping(RecordKind.Customer);

    /// <summary><c>couple customer 10000</c>: the set-up card with ranked Sales accounts.</summary>
    public async Task<Reply> CoupleAsync(string number, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        if (lookup is null)
        {
            return NotFound(number);
        }

        var customer = CustomerViews.Customer(lookup.Record);
        if (lookup.Coupling is { } coupling)
        {
            return new Reply(
                $"Customer {customer.Number} is already coupled to Sales account {coupling.SalesName}.",
                CustomerCards.Record(customer, CustomerViews.Coupling(coupling)));
        }

        var candidates = await service.SuggestAsync(Mapping, MatchProfile.Customer, lookup.Record, cancellationToken).ConfigureAwait(false);
        return Reply.WithCard(CouplingCards.SetUp(customer, [.. candidates.Select(CustomerViews.Candidate)]));
    }

    /// <summary>
    /// <c>sync customer 10000</c>: the synchronize card; with a direction, synchronizes at once.
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
            return [NotFound(number)];
        }

        var customer = CustomerViews.Customer(lookup.Record);
        if (lookup.Coupling is not { } coupling)
        {
            return [new Reply($"Customer {customer.Number} isn't coupled to a Sales account yet. Set up a coupling first.", CustomerCards.Record(customer, null))];
        }

        var preview = lookup.SalesRecord is { } sales ? await PreviewAsync(number, SyncAdvisor.Recommend(Mapping, coupling, lookup.Record, sales), cancellationToken).ConfigureAwait(false) : null;
        return [Reply.WithCard(SyncCards.Synchronize(customer, CustomerViews.Coupling(coupling), preview))];
    }

    /// <summary><c>show customer 10000</c>: the record card.</summary>
    public async Task<Reply> ShowAsync(string number, CancellationToken cancellationToken)
    {
        var lookup = await service.FindAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        return lookup is null
            ? NotFound(number)
            : Reply.WithCard(CustomerCards.Record(CustomerViews.Customer(lookup.Record), lookup.Coupling is { } c ? CustomerViews.Coupling(c) : null));
    }

    /// <summary><c>uncouple customer 10000</c>.</summary>
    public async Task<Reply> UncoupleAsync(string number, CancellationToken cancellationToken)
    {
        var result = await service.UncoupleAsync(Mapping, number, cancellationToken).ConfigureAwait(false);
        return result.Outcome switch
        {
            UncoupleOutcome.Uncoupled => new Reply(
                $"Customer {number} is no longer coupled to Sales account {result.Coupling!.SalesName}. No data was deleted.",
                CustomerCards.Record(CustomerViews.Customer(result.Record!), null)),
            UncoupleOutcome.NotCoupled => new Reply($"Customer {number} isn't coupled to a Sales account, so there is nothing to uncouple."),
            UncoupleOutcome.ChangedMeanwhile => Reply.WithCard(MessageCards.Problem(
                "The coupling changed meanwhile", $"Someone changed the coupling of customer {number} while it was being removed; nothing was removed.", $"Send \"uncouple customer {number}\" again.")),
            _ => NotFound(number),
        };
    }

    // The preview of the direction to preselect (the advisor's, or Business Central -> Sales when it recommends a merge or none).
    private async Task<Cards.Views.SyncPreviewView?> PreviewAsync(string number, SyncAdvice advice, CancellationToken cancellationToken)
    {
        var direction = advice.Recommended == SyncDirection.FromSales ? SyncDirection.FromSales : SyncDirection.ToSales;
        var result = await service.PreviewAsync(Mapping, number, direction, cancellationToken).ConfigureAwait(false);
        return result.Plan is { } plan ? CustomerViews.Preview(plan, advice.Warning) : null;
    }

    private static Reply NotFound(string number) =>
        new($"Customer {number} doesn't exist in Business Central. Check the number and try again.");
}
