using Azure.Core;
using CouplingBot.Engine.Clients;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Auth;

/// <summary>
/// One credential per service for the container's lifetime, so its token cache outlives the HTTP
/// handlers that the client factory rotates.
/// </summary>
internal sealed class ServiceCredential<TOptions>(IOptions<TOptions> options)
    where TOptions : ServiceClientOptions
{
    private readonly Lazy<TokenCredential?> _credential = new(() => CredentialFactory.Create(options.Value.Credentials));

    /// <summary>The credential, or null when the service needs no sign-in (the sandbox).</summary>
    public TokenCredential? Credential => _credential.Value;

    /// <summary>The token scope.</summary>
    public string Scope => options.Value.Scope;
}
