using System.Text.Json;
using CouplingBot.Bot.Protocol;
using CouplingBot.Engine.Jobs;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// What the bot puts in <see cref="JobRequest.ConversationReference"/>: the conversation to tell when the
/// job ends (the key of its stored <see cref="ConversationReference"/>) and, optionally, the activity id of
/// the card that started the job, to be replaced by the final card. Written as a small JSON object, so
/// conversation ids need no escaping.
/// </summary>
/// <param name="ConversationId">The conversation to notify.</param>
/// <param name="CardActivityId">The card to update when the job ends, or null.</param>
public sealed record JobConversationReference(string ConversationId, string? CardActivityId = null)
{
    /// <summary>
    /// The reference string for a job started by <paramref name="activity"/>. The card to update is
    /// <paramref name="cardActivityId"/> when given (e.g. the id <see cref="IConnectorClient.ReplyAsync"/>
    /// returned for a new card); otherwise, for an <c>adaptiveCard/action</c> invoke, the tapped card
    /// (the invoke's <c>replyToId</c>); otherwise none.
    /// </summary>
    /// <exception cref="ArgumentException">The activity has no conversation id.</exception>
    public static string For(Activity activity, string? cardActivityId = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id;
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId, nameof(activity));
        var card = cardActivityId ?? (activity.Type == ActivityTypes.Invoke ? activity.ReplyToId : null);
        return new JobConversationReference(conversationId, string.IsNullOrWhiteSpace(card) ? null : card).Format();
    }

    /// <summary>The string form stored on the job.</summary>
    public string Format() => JsonSerializer.Serialize(this, ProtocolJson.Options);

    /// <summary>Reads a string made by <see cref="Format"/>; false for null, empty or anything else.</summary>
    public static bool TryParse(string? value, out JobConversationReference? reference)
    {
        reference = null;
        if (string.IsNullOrWhiteSpace(value) || value.TrimStart()[0] != '{')
        {
            return false;
        }

        try
        {
            reference = JsonSerializer.Deserialize<JobConversationReference>(value, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(reference?.ConversationId))
        {
            reference = null;
            return false;
        }

        return true;
    }
}
