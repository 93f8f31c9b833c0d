using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Auth;

/// <summary>The inbound authentication's log messages (event ids 2200-2299). Tokens are never logged.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(2201, LogLevel.Warning, "Refused an activity (channel {ChannelId}, serviceUrl {ServiceUrl}) with 401: {Reason}")]
    public static partial void Refused(ILogger logger, string? channelId, string? serviceUrl, string? reason);

    [LoggerMessage(2202, LogLevel.Error, "Could not load the OpenID metadata or signing keys from {MetadataUrl}; activities with tokens of this issuer are refused until it loads")]
    public static partial void MetadataUnavailable(ILogger logger, Exception exception, Uri metadataUrl);

    [LoggerMessage(2203, LogLevel.Warning, "Refused a request to /api/messages with 401 before reading its body: {Reason}")]
    public static partial void TokenRefused(ILogger logger, string? reason);
}
