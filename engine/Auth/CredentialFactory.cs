using Azure.Core;
using Azure.Identity;

namespace CouplingBot.Engine.Auth;

/// <summary>Turns <see cref="ServiceCredentialOptions"/> into an Azure.Identity credential.</summary>
public static class CredentialFactory
{
    /// <summary>The credential the options describe, or null when none is configured.</summary>
    public static TokenCredential? Create(ServiceCredentialOptions options)
    {
        if (options.UseManagedIdentity)
        {
            return string.IsNullOrEmpty(options.ClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        }

        if (string.IsNullOrEmpty(options.ClientId))
        {
            return null;
        }

        if (string.IsNullOrEmpty(options.TenantId) || string.IsNullOrEmpty(options.ClientSecret))
        {
            throw new InvalidOperationException(
                $"Credentials for client {options.ClientId} need both TenantId and ClientSecret (or UseManagedIdentity).");
        }

        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
    }
}
