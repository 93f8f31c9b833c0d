using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Protocol;

/// <summary>The outbound connector's log messages (event ids 2300-2349). Tokens and secrets are never logged.</summary>
internal static partial class ConnectorClientLog
{
    [LoggerMessage(2301, LogLevel.Warning,
        "Bot:AppId is set but neither Bot:AppPassword / Bot:ClientSecret nor Bot:CertificatePath / Bot:CertificateThumbprint is: "
        + "replies are sent without a token, and the Bot Connector will refuse them")]
    public static partial void NoCredentials(ILogger logger);
}
