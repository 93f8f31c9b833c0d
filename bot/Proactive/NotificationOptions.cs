namespace CouplingBot.Bot.Proactive;

/// <summary>Where the bot posts what needs people outside any conversation, such as scheduled-sync problems (section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Notifications";

    /// <summary>
    /// The conversation (typically a Teams channel the bot is installed in) that gets a card for each scheduled run that
    /// found new conflicts or failures in records whose coupler can't be told 1:1 (see <see cref="SyncProblemNotifier"/>). Its serviceUrl and tenant come from the stored <see cref="ConversationReference"/>
    /// of that conversation, so the bot must have been added there. Empty: those problems are only logged.
    /// </summary>
    public string? ChannelConversationId { get; set; }
}
