namespace CouplingBot.Engine.Auth;

/// <summary>
/// How CouplingBot signs in to a service. Leave everything empty for the local sandbox (no token);
/// set a tenant and client id with a secret for an app registration, or turn on managed identity.
/// </summary>
public sealed class ServiceCredentialOptions
{
    /// <summary>Entra tenant id of the app registration.</summary>
    public string? TenantId { get; set; }

    /// <summary>Application (client) id.</summary>
    public string? ClientId { get; set; }

    /// <summary>Client secret; prefer a certificate or managed identity in production.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Use the host's managed identity (with <see cref="ClientId"/> for a user-assigned one).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>True when any credential is configured.</summary>
    public bool IsConfigured => UseManagedIdentity || !string.IsNullOrEmpty(ClientId);
}
