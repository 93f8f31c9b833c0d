using CouplingBot.Engine.Jobs;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Proactive;

/// <summary>Proactive messaging's log messages (event ids 2350-2399). Message text is never logged.</summary>
internal static partial class ProactiveLog
{
    [LoggerMessage(2351, LogLevel.Debug, "Stored the conversation reference of {ConversationId} ({ConversationType}, install: {Installed})")]
    public static partial void ReferenceStored(ILogger logger, string conversationId, string? conversationType, bool installed);

    [LoggerMessage(2352, LogLevel.Warning, "Could not store the conversation reference of {ConversationId}; tried again on its next activity. Until then jobs started there cannot report back")]
    public static partial void ReferenceNotStored(ILogger logger, Exception exception, string conversationId);

    [LoggerMessage(2353, LogLevel.Debug, "Job {JobId} ended with no conversation to tell")]
    public static partial void NoOneToTell(ILogger logger, string jobId);

    [LoggerMessage(2354, LogLevel.Warning, "Job {JobId} ended, but there is no stored reference for conversation {ConversationId}: no one was told")]
    public static partial void UnknownConversation(ILogger logger, string jobId, string conversationId);

    [LoggerMessage(2355, LogLevel.Warning, "Job {JobId}: could not update the card that started it in {ConversationId} (status {StatusCode}); the completion message is sent anyway")]
    public static partial void CardNotUpdated(ILogger logger, Exception exception, string jobId, string conversationId, int? statusCode);

    [LoggerMessage(2356, LogLevel.Information, "Job {JobId} ({Status}): told conversation {ConversationId}")]
    public static partial void Notified(ILogger logger, string jobId, JobStatus status, string conversationId);
}
