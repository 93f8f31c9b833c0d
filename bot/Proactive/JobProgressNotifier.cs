using CouplingBot.Bot.Conversation;
using CouplingBot.Bot.Protocol;
using CouplingBot.Cards;
using CouplingBot.Engine.Jobs;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// Shows a running job's progress in place: replaces the card that started it (the job's
/// <see cref="JobConversationReference.CardActivityId"/>) with <c>JobCards.Status</c> of the job as just saved. The
/// engine calls it after a checkpoint, at most every <c>Jobs:ProgressInterval</c>. Jobs with no card to update are
/// left alone; an update that fails (the card deleted, the connector down) is logged and never fails the job.
/// </summary>
public sealed class JobProgressNotifier(
    IConversationReferenceStore references,
    IConnectorClient connector,
    ILogger<JobProgressNotifier> logger) : IJobProgressNotifier
{
    /// <inheritdoc />
    public async Task JobProgressedAsync(JobInfo job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!JobConversationReference.TryParse(job.Request.ConversationReference, out var target) || target?.CardActivityId is not { } cardId)
        {
            return;
        }

        try
        {
            if (await references.FindAsync(target.ConversationId, cancellationToken).ConfigureAwait(false) is not { } reference)
            {
                ProactiveLog.UnknownConversation(logger, job.Id, target.ConversationId);
                return;
            }

            var card = Reply.WithCard(JobCards.Status(JobViews.Of(job)));
            await connector.UpdateAsync(reference.ToContinuationActivity(), cardId, OutgoingActivities.Message(card), cancellationToken).ConfigureAwait(false);
            ProactiveLog.ProgressShown(logger, job.Id, job.Checkpoint, job.Items.Count, target.ConversationId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ProactiveLog.ProgressNotShown(logger, ex, job.Id, target.ConversationId);
        }
    }
}
