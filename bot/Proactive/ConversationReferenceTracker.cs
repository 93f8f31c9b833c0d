using System.Collections.Concurrent;
using CouplingBot.Bot.Protocol;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// Keeps a conversation reference for every conversation the bot is in, so it can post there later (a
/// job's completion). Told of every inbound activity: stores the reference when the bot is installed or
/// added (<c>installationUpdate</c> add, <c>conversationUpdate</c> with the bot among the members added),
/// and when a user writes or taps a card in a conversation it has no reference for, or whose
/// <c>serviceUrl</c> changed. Conversations already stored are remembered, so an ordinary message costs no
/// storage call. Never fails the turn: a storage problem is logged and tried again on the next activity.
/// </summary>
public sealed class ConversationReferenceTracker(IConversationReferenceStore store, TimeProvider time, ILogger<ConversationReferenceTracker> logger)
{
    private const string ConversationUpdate = "conversationUpdate";
    private const string InstallationUpdate = "installationUpdate";
    private const int MaxRemembered = 10_000;

    // Conversation id -> the serviceUrl stored for it.
    private readonly ConcurrentDictionary<string, string> _stored = new(StringComparer.Ordinal);

    /// <summary>Looks at an inbound activity and stores its conversation's reference when it is new, changed, or an install.</summary>
    public async Task ObserveAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var installed = IsInstall(activity);
        if ((!installed && activity.Type is not (ActivityTypes.Message or ActivityTypes.Invoke))
            || ConversationReference.From(activity, time.GetUtcNow()) is not { } reference
            || (!installed && _stored.TryGetValue(reference.ConversationId, out var known) && known == reference.ServiceUrl))
        {
            return;
        }

        try
        {
            if (!installed && await store.FindAsync(reference.ConversationId, cancellationToken).ConfigureAwait(false) is { } existing
                && existing.ServiceUrl == reference.ServiceUrl)
            {
                Remember(reference);
                return;
            }

            await store.SaveAsync(reference, cancellationToken).ConfigureAwait(false);
            Remember(reference);
            ProactiveLog.ReferenceStored(logger, reference.ConversationId, reference.ConversationType, installed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ProactiveLog.ReferenceNotStored(logger, ex, reference.ConversationId);
        }
    }

    private static bool IsInstall(Activity activity) => activity.Type switch
    {
        InstallationUpdate => activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true,
        ConversationUpdate => activity.Recipient?.Id is { } botId && activity.MembersAdded?.Any(m => m.Id == botId) == true,
        _ => false,
    };

    private void Remember(ConversationReference reference)
    {
        if (_stored.Count >= MaxRemembered)
        {
            _stored.Clear();
        }

        _stored[reference.ConversationId] = reference.ServiceUrl;
    }
}
