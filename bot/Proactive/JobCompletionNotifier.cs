using CouplingBot.Bot.Protocol;
using CouplingBot.Engine.Jobs;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// Tells the requester when a job ends: replaces the card that started it (when the job's
/// <see cref="JobConversationReference"/> names one) and posts the completion message into the
/// conversation, addressed by the stored <see cref="ConversationReference"/>. Jobs without a reference
/// (scheduled ones) notify no one.
/// </summary>
public sealed class JobCompletionNotifier(
    IConversationReferenceStore references,
    IConnectorClient connector,
    IJobEndMessages messages,
    ILogger<JobCompletionNotifier> logger) : IJobCompletionNotifier
{
    /// <inheritdoc />
    public async Task JobEndedAsync(JobInfo job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!JobConversationReference.TryParse(job.Request.ConversationReference, out var target) || target is null)
        {
            ProactiveLog.NoOneToTell(logger, job.Id);
            return;
        }

        if (await references.FindAsync(target.ConversationId, cancellationToken).ConfigureAwait(false) is not { } reference)
        {
            ProactiveLog.UnknownConversation(logger, job.Id, target.ConversationId);
            return;
        }

        var conversation = reference.ToContinuationActivity();
        if (target.CardActivityId is { } cardId && messages.FinalCard(job) is { } finalCard)
        {
            try
            {
                await connector.UpdateAsync(conversation, cardId, OutgoingActivities.Message(finalCard), cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                // The card may have been deleted, or be too old to edit: the completion message still goes out.
                ProactiveLog.CardNotUpdated(logger, ex, job.Id, target.ConversationId, (int?)ex.StatusCode);
            }
        }

        await connector.SendAsync(conversation, OutgoingActivities.Message(messages.Completion(job)), cancellationToken).ConfigureAwait(false);
        ProactiveLog.Notified(logger, job.Id, job.Status, target.ConversationId);
    }
}
