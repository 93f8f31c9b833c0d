namespace CouplingBot.Bot.Protocol;

/// <summary>
/// The Bot Connector: how the bot posts into a conversation. The address is the inbound
/// activity's <c>serviceUrl</c>.
/// </summary>
public interface IConnectorClient
{
    /// <summary>Posts <paramref name="reply"/> as a reply to <paramref name="inbound"/>; returns the new activity's id.</summary>
    Task<string?> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken);

    /// <summary>Posts <paramref name="message"/> into the conversation of <paramref name="inbound"/>; returns the new activity's id.</summary>
    Task<string?> SendAsync(Activity inbound, Activity message, CancellationToken cancellationToken);
}
