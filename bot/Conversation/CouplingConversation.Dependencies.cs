using CouplingBot.Cards;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

public sealed partial class CouplingConversation
{
    /// <summary>
    /// The card for a sync that failed because a related record is not coupled (a salesperson, a currency): the Sales
    /// records it may be, to couple on the spot; null when the failure is of another kind or the engine can't offer
    /// a fix here (a contact's company: the engine fixes only lookups keyed by the related record's number).
    /// </summary>
    private async Task<Cards.Model.AdaptiveCard?> DependencyCardAsync(RecordKind kind, string number, SyncResult result, CancellationToken cancellationToken)
    {
        if (result.Plan?.Failures.OfType<DependencyNotCoupled>().FirstOrDefault() is not { } failure
            || await service.FindDependencyFixAsync(failure, cancellationToken).ConfigureAwait(false) is not { } fix)
        {
            return null;
        }

        var lookup = failure.Field.Lookup!;
        return DependencyCards.Fix(new DependencyFixView(
            CommandParser.Noun(kind), number, SyncDirectionChoices.ToValue(CustomerViews.ToChoice(result.Plan.Direction)), failure.Message,
            fix.Related.Name, lookup.BusinessCentralNoun, failure.SourceValue, fix.Name, lookup.SalesNoun,
            [.. fix.Candidates.Select(c => (c.SalesId, c.Name, c.Score))]));
    }

    /// <summary>
    /// <b>Couple and synchronize again</b> on the dependency card: couples the related record to the chosen Sales record,
    /// then synchronizes the record (of the card's <c>recordKind</c>) again and answers as a sync does.
    /// </summary>
    public async Task<CardActionResult> CoupleDependencyAsync(DependencyCoupleAction action, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.Number);
        var kind = RecordKinds.OfCard(action.RecordKind);
        var again = $"sync {CommandParser.Noun(kind)} {action.Number}";
        if (string.IsNullOrWhiteSpace(action.SalesId) || !SyncDirectionChoices.TryParse(action.Direction, out var choice))
        {
            return CardActionResult.Replace(MessageCards.Problem("Nothing chosen", "The card didn't say which Sales record to couple.", $"Send \"{again}\" again."));
        }

        if (service.Mappings.TryGet(action.Mapping) is not { } related)
        {
            throw new ArgumentException($"The card names an unknown mapping '{action.Mapping}'.", nameof(action));
        }

        var coupled = await service.CoupleAsync(related, action.Key, action.SalesId, requestedBy, cancellationToken).ConfigureAwait(false);
        if (coupled.Outcome != CoupleOutcome.Coupled)
        {
            return CardActionResult.Replace(MessageCards.Problem(
                "Couldn't couple it", $"{action.Mapping} {action.Key} could not be coupled ({coupled.Outcome}).", $"Send \"{again}\" to see the choices again."));
        }

        var result = await SynchronizeAsync(kind, action.Number, CustomerViews.ToDirection(choice), requestedBy, cancellationToken).ConfigureAwait(false);
        return result with { FollowUps = [new Reply($"{action.Mapping} {action.Key} is now coupled; {CommandParser.Noun(kind)} {action.Number} was synchronized again."), .. result.FollowUps] };
    }
}
