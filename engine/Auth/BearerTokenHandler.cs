using System.Net.Http.Headers;
using Azure.Core;

namespace CouplingBot.Engine.Auth;

/// <summary>
/// Adds an Entra access token for one scope to every request. Azure.Identity caches the token
/// until shortly before it expires, so this asks for it on every call.
/// </summary>
public sealed class BearerTokenHandler(TokenCredential credential, string scope) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
