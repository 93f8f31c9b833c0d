using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

public sealed partial class CouplingConversation
{
    /// <summary>
    /// A button on the conflict card: synchronizes both ways with Business Central or Sales winning every
    /// conflicting field, or each field as chosen on the card (inputs <see cref="CardInputIds.DecisionPrefix"/> + key).
    /// </summary>
    /// <param name="decision">Whose values to keep, for which record.</param>
    /// <param name="data">The action's whole data, with the merged per-field choices.</param>
    /// <param name="requestedBy">Who decided.</param>
    /// <param name="cancellationToken">Cancels the sync.</param>
    public async Task<CardActionResult> DecideAsync(ConflictDecisionData decision, JsonElement data, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentException.ThrowIfNullOrWhiteSpace(decision.CustomerNumber);
        var (kind, number) = (RecordKinds.OfCard(decision.RecordKind), decision.CustomerNumber);
        var preview = await service.PreviewAsync(Mapping(kind), number, SyncDirection.Automatic, cancellationToken).ConfigureAwait(false);
        var conflicts = preview.Plan?.Conflicts ?? [];
        var decisions = conflicts.ToDictionary(c => c.Key, c => DecisionFor(decision.Keep, data, c.Key), StringComparer.Ordinal);
        var result = await service.SynchronizeWithDecisionsAsync(Mapping(kind), number, decisions, requestedBy, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(kind, number, result, cancellationToken).ConfigureAwait(false);
    }

    private static ConflictResolution DecisionFor(string keep, JsonElement data, string key)
    {
        var choice = keep == ConflictDecisionData.PerField
            && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty(CardInputIds.DecisionPrefix + key, out var input) && input.ValueKind == JsonValueKind.String
                ? input.GetString()
                : keep;
        return choice switch
        {
            ConflictDecisionData.BusinessCentral => ConflictResolution.KeepBusinessCentral,
            ConflictDecisionData.Sales => ConflictResolution.KeepSales,
            _ => throw new ArgumentException($"\"{choice}\" is not a side to keep.", nameof(keep)),
        };
    }
}
