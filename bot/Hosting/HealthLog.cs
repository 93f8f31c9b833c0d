namespace CouplingBot.Bot.Hosting;

/// <summary>The health checks' log messages (event ids 2901-2909).</summary>
internal static partial class HealthLog
{
    [LoggerMessage(2901, LogLevel.Warning, "Health check {Check} failed: {Description}")]
    public static partial void CheckFailed(ILogger logger, Exception? exception, string check, string description);
}
