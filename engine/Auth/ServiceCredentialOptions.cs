namespace CouplingBot.Engine.Auth;

/// <summary>
/// How CouplingBot signs in to a service (Business Central, Dataverse, later the bot's connector).
/// Leave everything empty for the local sandbox (no token). Otherwise, first match wins:
/// <list type="number">
/// <item><see cref="UseManagedIdentity"/>: the host's managed identity (user-assigned when <see cref="ClientId"/> is set);</item>
/// <item><see cref="CertificatePath"/>: an app registration with a certificate (<see cref="TenantId"/>, <see cref="ClientId"/>);</item>
/// <item><see cref="ClientSecret"/>: an app registration with a secret (<see cref="TenantId"/>, <see cref="ClientId"/>).</item>
/// </list>
/// A secret set beside a certificate is ignored.
/// </summary>
public sealed class ServiceCredentialOptions
{
    /// <summary>Entra tenant id of the app registration.</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret; prefer a certificate or managed identity in production.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>
    /// A certificate file with its private key: PFX/PKCS#12 (with <see cref="CertificatePassword"/> when it
    /// has one) or PEM holding both the certificate and the key.
    /// </summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX file's password, if any.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Use the host's managed identity (with <see cref="ClientId"/> for a user-assigned one).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>True when any credential is configured.</summary>
    public bool IsConfigured => UseManagedIdentity || !string.IsNullOrEmpty(ClientId);
}
