using CouplingBot.Bot.Conversation;
using CouplingBot.Bot.Protocol;
using CouplingBot.Engine.Incremental;

namespace CouplingBot.Bot.Proactive;

public sealed partial class SyncProblemNotifier
{
    private const string Personal = "personal";

    // To the coupler's 1:1 chat with the bot: the conversation they coupled in when that was the 1:1 chat, else the one
    // the connector opens (or finds) for them. False when that fails (e.g. the app isn't installed for them).
    private async Task<bool> TryPostToCouplerAsync(ConversationReference coupler, IncrementalSyncReport problems, CancellationToken cancellationToken)
    {
        try
        {
            var personal = await PersonalChatAsync(coupler, cancellationToken).ConfigureAwait(false);
            if (personal is null)
            {
                return false;
            }

            var card = Reply.WithCard(Card(problems, forCoupler: true));
            await connector.SendAsync(personal.ToContinuationActivity(), OutgoingActivities.Message(card), cancellationToken).ConfigureAwait(false);
            ProactiveLog.ProblemsPostedToCoupler(logger, problems.Mapping, problems.NewProblems.Count, personal.ConversationId);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ProactiveLog.CouplerNotReached(logger, ex, problems.Mapping, problems.NewProblems.Count, coupler.UserName ?? coupler.UserId ?? "?");
            return false;
        }
    }

    private async Task<ConversationReference?> PersonalChatAsync(ConversationReference coupler, CancellationToken cancellationToken)
    {
        if (string.Equals(coupler.ConversationType, Personal, StringComparison.OrdinalIgnoreCase))
        {
            return coupler;
        }

        if (coupler is not { BotId: { } botId, UserId: { } userId, TenantId: { } tenantId })
        {
            return null;
        }

        var conversationId = await connector.CreatePersonalConversationAsync(
            coupler.ServiceUrl, new ChannelAccount(botId, coupler.BotName), new ChannelAccount(userId, coupler.UserName) { AadObjectId = coupler.UserAadObjectId },
            tenantId, cancellationToken).ConfigureAwait(false);
        return coupler with { ConversationId = conversationId, ConversationType = Personal };
    }

    private async Task PostToChannelAsync(IncrementalSyncReport problems, CancellationToken cancellationToken)
    {
        if (options.Value.ChannelConversationId is not { Length: > 0 } channel)
        {
            ProactiveLog.NoProblemChannel(logger, problems.Mapping, problems.NewProblems.Count);
            return;
        }

        if (await references.FindAsync(channel, cancellationToken).ConfigureAwait(false) is not { } reference)
        {
            ProactiveLog.UnknownProblemChannel(logger, problems.Mapping, problems.NewProblems.Count, channel);
            return;
        }

        var card = Reply.WithCard(Card(problems));
        await connector.SendAsync(reference.ToContinuationActivity(), OutgoingActivities.Message(card), cancellationToken).ConfigureAwait(false);
        ProactiveLog.ProblemsPosted(logger, problems.Mapping, problems.NewProblems.Count, channel);
    }
}
