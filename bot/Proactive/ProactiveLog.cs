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

    [LoggerMessage(2357, LogLevel.Debug, "Job {JobId}: showed progress {Checkpoint}/{ItemCount} on its card in {ConversationId}")]
    public static partial void ProgressShown(ILogger logger, string jobId, int checkpoint, int itemCount, string conversationId);

    [LoggerMessage(2358, LogLevel.Warning, "Job {JobId}: could not show progress on its card in {ConversationId}; the job goes on")]
    public static partial void ProgressNotShown(ILogger logger, Exception exception, string jobId, string conversationId);

    [LoggerMessage(2359, LogLevel.Warning, "Incremental sync {Mapping} found {Count} new problems, but Notifications:ChannelConversationId is not set: no one was told")]
    public static partial void NoProblemChannel(ILogger logger, string mapping, int count);

    [LoggerMessage(2360, LogLevel.Warning, "Incremental sync {Mapping} found {Count} new problems, but there is no stored reference for conversation {ConversationId} (is the bot installed there?): no one was told")]
    public static partial void UnknownProblemChannel(ILogger logger, string mapping, int count, string conversationId);

    [LoggerMessage(2361, LogLevel.Information, "Incremental sync {Mapping}: posted {Count} new problems to {ConversationId}")]
    public static partial void ProblemsPosted(ILogger logger, string mapping, int count, string conversationId);

    [LoggerMessage(2362, LogLevel.Warning, "Could not read who coupled {Mapping} {Number}; its problem goes to the channel")]
    public static partial void CouplerNotRead(ILogger logger, Exception exception, string mapping, string number);

    [LoggerMessage(2363, LogLevel.Information, "Incremental sync {Mapping}: posted {Count} new problems to their coupler in {ConversationId}")]
    public static partial void ProblemsPostedToCoupler(ILogger logger, string mapping, int count, string conversationId);

    [LoggerMessage(2364, LogLevel.Warning, "Incremental sync {Mapping}: could not post {Count} new problems to {Coupler}, who coupled the records; they go to the channel")]
    public static partial void CouplerNotReached(ILogger logger, Exception exception, string mapping, int count, string coupler);
}
