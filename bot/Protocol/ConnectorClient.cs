using System.Net.Http.Json;
using System.Text.Json;

namespace CouplingBot.Bot.Protocol;

/// <summary>
/// The Bot Connector REST API (v3) over HTTP. The named <see cref="HttpClient"/> carries the retry
/// (<see cref="ConnectorClientRetry"/>) and the token (<see cref="ConnectorClientTokenHandler"/>).
/// Failures throw <see cref="HttpRequestException"/> with the status code.
/// </summary>
public sealed partial class ConnectorClient(IHttpClientFactory httpClients) : IConnectorClient
{
    /// <summary>The name of the <see cref="HttpClient"/> this client asks the factory for.</summary>
    public const string HttpClientName = "BotConnector";

    /// <inheritdoc />
    public Task<string?> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var url = ActivitiesUrl(inbound) + "/" + Uri.EscapeDataString(inbound.Id ?? "");
        return SendJsonAsync(HttpMethod.Post, url, Address(inbound, reply) with { ReplyToId = inbound.Id }, safeToRepeat: false, cancellationToken);
    }

    /// <inheritdoc />
    public Task<string?> SendAsync(Activity inbound, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return SendJsonAsync(HttpMethod.Post, ActivitiesUrl(inbound), Address(inbound, message), safeToRepeat: false, cancellationToken);
    }

    /// <inheritdoc />
    public async Task UpdateAsync(Activity inbound, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentException.ThrowIfNullOrWhiteSpace(activityId);
        var url = ActivitiesUrl(inbound) + "/" + Uri.EscapeDataString(activityId);
        await SendJsonAsync(HttpMethod.Put, url, Address(inbound, activity) with { Id = activityId }, safeToRepeat: true, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task SendTypingAsync(Activity inbound, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var typing = new Activity { Type = ActivityTypes.Typing };
        await SendJsonAsync(HttpMethod.Post, ActivitiesUrl(inbound), Address(inbound, typing), safeToRepeat: true, cancellationToken).ConfigureAwait(false);
    }

    private static string ActivitiesUrl(Activity inbound) => ConversationsUrl(inbound.ServiceUrl, nameof(inbound)) + "/"
        + Uri.EscapeDataString(inbound.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(inbound)))
        + "/activities";

    private static string ConversationsUrl(string? serviceUrl, string parameterName) =>
        (string.IsNullOrWhiteSpace(serviceUrl) ? throw new ArgumentException("The activity has no serviceUrl.", parameterName) : serviceUrl.TrimEnd('/'))
        + "/v3/conversations";

    // Outbound activities go from the bot (the inbound recipient) to the sender, in the same conversation.
    private static Activity Address(Activity inbound, Activity outbound)
    {
        ArgumentNullException.ThrowIfNull(outbound);
        return outbound with
        {
            From = inbound.Recipient,
            Recipient = inbound.From,
            Conversation = inbound.Conversation,
            ChannelId = inbound.ChannelId,
            ServiceUrl = inbound.ServiceUrl,
        };
    }

    private async Task<string?> SendJsonAsync<T>(HttpMethod method, string url, T body, bool safeToRepeat, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: ProtocolJson.Options) };
        if (safeToRepeat)
        {
            ConnectorClientRetry.MarkSafeToRepeat(request);
        }

        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }
}
