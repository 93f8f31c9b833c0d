namespace CouplingBot.Bot.Protocol;

/// <summary>
/// The Bot Connector: how the bot posts into a conversation. Every call is addressed by an activity of
/// that conversation: the inbound activity of the turn, or, for proactive messages, the continuation
/// activity of a stored conversation reference. The connector's address is its <c>serviceUrl</c>.
/// </summary>
public interface IConnectorClient
{
    /// <summary>Posts <paramref name="reply"/> as a reply to <paramref name="inbound"/>; returns the new activity's id.</summary>
    Task<string?> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken);

    /// <summary>Posts <paramref name="message"/> into the conversation of <paramref name="inbound"/>; returns the new activity's id.</summary>
    Task<string?> SendAsync(Activity inbound, Activity message, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the activity <paramref name="activityId"/> (e.g. a card the bot sent) in the conversation of
    /// <paramref name="inbound"/> with <paramref name="activity"/>.
    /// </summary>
    Task UpdateAsync(Activity inbound, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>Shows the typing indicator in the conversation of <paramref name="inbound"/>.</summary>
    Task SendTypingAsync(Activity inbound, CancellationToken cancellationToken);

    /// <summary>
    /// Opens (or finds) the personal chat between the bot and a user, for a proactive message to someone who
    /// has not written to the bot in that chat; returns the conversation's id.
    /// </summary>
    /// <param name="serviceUrl">The connector of the user's region, e.g. from any stored reference of the tenant.</param>
    /// <param name="bot">The bot's account (its id is <c>28:{app id}</c> in Teams).</param>
    /// <param name="user">The user's account (Teams user id, <c>29:...</c>, or Entra object id).</param>
    /// <param name="tenantId">The user's tenant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<string> CreatePersonalConversationAsync(string serviceUrl, ChannelAccount bot, ChannelAccount user, string tenantId, CancellationToken cancellationToken);
}
