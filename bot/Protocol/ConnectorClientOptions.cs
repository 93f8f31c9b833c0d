namespace CouplingBot.Bot.Protocol;

/// <summary>
/// How the bot signs in to the Bot Connector (section <c>Bot</c>, beside the inbound settings). With no
/// <see cref="AppId"/> the bot runs in local mode and sends no token. With one, it asks Microsoft Entra for
/// a token by client credentials: a certificate (<see cref="CertificatePath"/> or
/// <see cref="CertificateThumbprint"/>) when given, otherwise the secret (<see cref="AppPassword"/> or
/// <see cref="ClientSecret"/>).
/// </summary>
public sealed class ConnectorClientOptions
{
    /// <summary>The scope of Bot Connector tokens.</summary>
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>The tenant of multi-tenant bots' tokens.</summary>
    public const string MultiTenant = "botframework.com";

    /// <summary>The Microsoft App ID; empty for local mode.</summary>
    public string? AppId { get; set; }

    /// <summary>The app registration's tenant for a single-tenant bot; empty for a multi-tenant bot (<see cref="MultiTenant"/>).</summary>
    public string? TenantId { get; set; }

    /// <summary>The client secret (the Bot Framework's historical name).</summary>
    public string? AppPassword { get; set; }

    /// <summary>The client secret; used when <see cref="AppPassword"/> is empty.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A certificate file: PFX (with <see cref="CertificatePassword"/> if it has one) or PEM with the key.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The password of the PFX at <see cref="CertificatePath"/>.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>The thumbprint of a certificate with its private key in the CurrentUser or LocalMachine "My" store.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>True when the bot sends no token (local mode).</summary>
    public bool IsLocalMode => string.IsNullOrWhiteSpace(AppId);

    /// <summary>The tenant tokens are asked for in.</summary>
    public string Authority => string.IsNullOrWhiteSpace(TenantId) ? MultiTenant : TenantId.Trim();

    /// <summary>The secret, if any.</summary>
    internal string? Secret => !string.IsNullOrEmpty(AppPassword) ? AppPassword : ClientSecret;
}
