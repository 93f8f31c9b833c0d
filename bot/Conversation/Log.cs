using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Conversation;

/// <summary>The conversation's log messages (event ids 2000-2099). Message text is never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Error, "A {ActivityType} turn failed in conversation {ConversationId} (reference {Reference})")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string? conversationId, string reference);

    [LoggerMessage(2002, LogLevel.Warning, "Card action {Verb} carried malformed data (activity {ActivityId})")]
    public static partial void BadCardData(ILogger logger, string verb, string? activityId);

    [LoggerMessage(2003, LogLevel.Warning, "Coupled {Mapping} {Number}, but could not keep who coupled it; its scheduled-sync problems go to the configured channel")]
    public static partial void CouplerNotRemembered(ILogger logger, Exception exception, string mapping, string number);
}
