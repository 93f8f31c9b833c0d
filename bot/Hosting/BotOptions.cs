namespace CouplingBot.Bot.Hosting;

/// <summary>The bot's identity (section <c>Bot</c>). Empty app id = local mode (no auth, loopback only).</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot";

    /// <summary>The Microsoft App ID of the Azure Bot registration; empty for local mode.</summary>
    public string? AppId { get; set; }

    /// <summary>Where the Bot Framework channel publishes its OpenID metadata and signing keys.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Where Microsoft Entra publishes its OpenID metadata and signing keys (multi-tenant endpoint).</summary>
    public Uri EntraMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");

    /// <summary>
    /// Tenants whose activities the bot accepts in production mode; empty accepts every tenant.
    /// A tenant is the token's <c>tid</c> claim, or the activity's tenant for Bot Framework tokens.
    /// </summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// The apps allowed to call the bot with an Entra-issued token: its <c>azp</c> (v2) or <c>appid</c> (v1)
    /// claim must be one of them. Empty (the default) leaves the calling app unchecked: Microsoft documents
    /// no fixed app id for the Bot Service's Entra tokens. Bot Framework tokens are not affected.
    /// </summary>
    public IList<string> AllowedCallerAppIds { get; } = [];

    /// <summary>
    /// How long a message's answer may take before the bot shows the typing indicator (once, never after the
    /// answer); <see cref="Timeout.InfiniteTimeSpan"/> never shows it.
    /// </summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>True when the bot runs without authentication, for the local Teams client.</summary>
    public bool IsLocalMode => string.IsNullOrEmpty(AppId);
}
