namespace CouplingBot.Bot.Hosting;

/// <summary>The bot's identity (section <c>Bot</c>). Empty app id = local mode (no auth, loopback only).</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot";

    /// <summary>The Microsoft App ID of the Azure Bot registration; empty for local mode.</summary>
    public string? AppId { get; set; }

    /// <summary>True when the bot runs without authentication, for the local Teams client.</summary>
    public bool IsLocalMode => string.IsNullOrEmpty(AppId);
}
