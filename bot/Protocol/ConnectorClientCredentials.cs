using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace CouplingBot.Bot.Protocol;

/// <summary>
/// Turns <see cref="ConnectorClientOptions"/> into the Azure.Identity credential the bot signs in to the
/// Bot Connector with: a certificate (file, then store thumbprint) wins over a secret.
/// </summary>
public static class ConnectorClientCredentials
{
    /// <summary>The credential, or null in local mode or when no secret or certificate is configured.</summary>
    /// <exception cref="InvalidOperationException">The certificate thumbprint names no certificate with a private key.</exception>
    public static TokenCredential? Create(ConnectorClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsLocalMode)
        {
            return null;
        }

        var appId = options.AppId!.Trim();
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return string.IsNullOrEmpty(options.CertificatePassword)
                ? new ClientCertificateCredential(options.Authority, appId, options.CertificatePath)
                : new ClientCertificateCredential(options.Authority, appId, X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword));
        }

        if (!string.IsNullOrWhiteSpace(options.CertificateThumbprint))
        {
            return new ClientCertificateCredential(options.Authority, appId, FindInStores(options.CertificateThumbprint));
        }

        return string.IsNullOrEmpty(options.Secret) ? null : new ClientSecretCredential(options.Authority, appId, options.Secret);
    }

    private static X509Certificate2 FindInStores(string thumbprint)
    {
        var wanted = thumbprint.Replace(" ", "", StringComparison.Ordinal).Trim();
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
            if (found.FirstOrDefault(c => c.HasPrivateKey) is { } certificate)
            {
                return certificate;
            }
        }

        throw new InvalidOperationException($"Bot:CertificateThumbprint {wanted} names no certificate with a private key in the CurrentUser or LocalMachine \"My\" store.");
    }
}
