using CouplingBot.Bot.Protocol;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// What the bot needs to post into a conversation later, without an inbound activity: where the
/// connector is and who is who. Stored per conversation id.
/// </summary>
/// <param name="ConversationId">The conversation's id (the key).</param>
/// <param name="ServiceUrl">The connector's base address for this conversation.</param>
/// <param name="ChannelId">msteams, or the channel of a test client.</param>
/// <param name="ConversationType">personal, groupChat or channel.</param>
/// <param name="TenantId">The conversation's tenant.</param>
/// <param name="BotId">The bot's account id in the conversation.</param>
/// <param name="BotName">The bot's name.</param>
/// <param name="UserId">The user who last started or installed the conversation with the bot.</param>
/// <param name="UserName">That user's name.</param>
/// <param name="UserAadObjectId">That user's Entra object id.</param>
/// <param name="UpdatedAt">When the reference was stored.</param>
public sealed record ConversationReference(
    string ConversationId,
    string ServiceUrl,
    string? ChannelId,
    string? ConversationType,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? UserId,
    string? UserName,
    string? UserAadObjectId,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The reference of an inbound activity's conversation, or null when it has no conversation id or serviceUrl.</summary>
    public static ConversationReference? From(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return null;
        }

        return new ConversationReference(
            activity.Conversation.Id, activity.ServiceUrl, activity.ChannelId, activity.Conversation.ConversationType,
            activity.Conversation.TenantId, activity.Recipient?.Id, activity.Recipient?.Name,
            activity.From?.Id, activity.From?.Name, activity.From?.AadObjectId, now);
    }

    /// <summary>
    /// An activity shaped like one the user sent in this conversation, to address <see cref="IConnectorClient"/>
    /// calls with (the connector client sends from the recipient, the bot, to the sender, the user).
    /// </summary>
    public Activity ToContinuationActivity() => new()
    {
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = new ConversationAccount(ConversationId) { ConversationType = ConversationType, TenantId = TenantId },
        From = UserId is null ? null : new ChannelAccount(UserId, UserName) { AadObjectId = UserAadObjectId },
        Recipient = BotId is null ? null : new ChannelAccount(BotId, BotName),
    };
}
