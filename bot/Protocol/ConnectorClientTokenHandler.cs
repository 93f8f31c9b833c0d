using System.Net;
using System.Net.Http.Headers;

namespace CouplingBot.Bot.Protocol;

/// <summary>
/// Puts the Bot Connector token on every attempt (it sits inside the retry, so a retried request carries
/// a current token). A 401 drops the cached token, so the next request signs in afresh.
/// </summary>
public sealed class ConnectorClientTokenHandler(ConnectorClientTokens tokens) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate();
        }

        return response;
    }
}
