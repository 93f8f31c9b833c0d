using Microsoft.IdentityModel.Protocols;

namespace CouplingBot.Bot.Auth;

/// <summary>
/// Fetches OpenID metadata and key sets through a named <see cref="HttpClient"/> from the factory,
/// so handlers rotate and tests can answer the requests themselves. HTTPS only.
/// </summary>
internal sealed class MetadataDocumentRetriever(IHttpClientFactory httpClients) : IDocumentRetriever
{
    /// <summary>The name of the <see cref="HttpClient"/> this retriever asks the factory for.</summary>
    public const string HttpClientName = "BotAuthMetadata";

    /// <inheritdoc />
    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        ArgumentException.ThrowIfNullOrEmpty(address);
        var uri = new Uri(address, UriKind.Absolute);
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException($"OpenID metadata and keys are read over HTTPS only, not from {uri}.", nameof(address));
        }

        var http = httpClients.CreateClient(HttpClientName);
        return await http.GetStringAsync(uri, cancel).ConfigureAwait(false);
    }
}
