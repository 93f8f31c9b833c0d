using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.ComposeExtension;

/// <summary>The compose box's log messages (event ids 2400-2449). Search text and record data are never logged.</summary>
internal static partial class ComposeLog
{
    [LoggerMessage(2401, LogLevel.Error, "Compose-box invoke {InvokeName} failed (activity {ActivityId})")]
    public static partial void InvokeFailed(ILogger logger, Exception exception, string? invokeName, string? activityId);

    [LoggerMessage(2402, LogLevel.Warning, "Compose-box invoke {InvokeName} took longer than {Seconds} s and was answered without results (activity {ActivityId})")]
    public static partial void InvokeTimedOut(ILogger logger, string? invokeName, double seconds, string? activityId);
}
