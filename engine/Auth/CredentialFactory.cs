using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace CouplingBot.Engine.Auth;

/// <summary>
/// Turns <see cref="ServiceCredentialOptions"/> into an Azure.Identity credential, in the precedence the
/// options describe: managed identity, then certificate, then secret.
/// </summary>
public static class CredentialFactory
{
    /// <summary>The credential the options describe, or null when none is configured.</summary>
    /// <exception cref="InvalidOperationException">A client id is set without what it needs to sign in.</exception>
    public static TokenCredential? Create(ServiceCredentialOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
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

        if (string.IsNullOrEmpty(options.TenantId) || (string.IsNullOrEmpty(options.CertificatePath) && string.IsNullOrEmpty(options.ClientSecret)))
        {
            throw new InvalidOperationException(
                $"Credentials for client {options.ClientId} need TenantId and CertificatePath or ClientSecret (or UseManagedIdentity).");
        }

        if (!string.IsNullOrEmpty(options.CertificatePath))
        {
            return string.IsNullOrEmpty(options.CertificatePassword)
                ? new ClientCertificateCredential(options.TenantId, options.ClientId, options.CertificatePath)
                : new ClientCertificateCredential(options.TenantId, options.ClientId,
                    X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword));
        }

        return new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);
    }
}
