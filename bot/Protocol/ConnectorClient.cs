using System.Net.Http.Json;
using System.Text.Json;

namespace CouplingBot.Bot.Protocol;

/// <summary>The Bot Connector REST API (v3) over HTTP.</summary>
public sealed class ConnectorClient(IHttpClientFactory httpClients) : IConnectorClient
{
    /// <summary>The name of the <see cref="HttpClient"/> this client asks the factory for.</summary>
    public const string HttpClientName = "BotConnector";

    /// <inheritdoc />
    public Task<string?> ReplyAsync(Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var url = ConversationUrl(inbound) + "/" + Uri.EscapeDataString(inbound.Id ?? "");
        return PostAsync(url, Address(inbound, reply) with { ReplyToId = inbound.Id }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<string?> SendAsync(Activity inbound, Activity message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        return PostAsync(ConversationUrl(inbound), Address(inbound, message), cancellationToken);
    }

    private static string ConversationUrl(Activity inbound)
    {
        var serviceUrl = inbound.ServiceUrl?.TrimEnd('/') ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(inbound));
        var conversationId = inbound.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(inbound));
        return $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
    }

    // Outbound activities go from the bot (the inbound recipient) to the sender, in the same conversation.
    private static Activity Address(Activity inbound, Activity outbound) => outbound with
    {
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
    };

    private async Task<string?> PostAsync(string url, Activity activity, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.PostAsJsonAsync(url, activity, ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength == 0)
        {
            return null;
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
        return body.ValueKind == JsonValueKind.Object && body.TryGetProperty("id", out var id) ? id.GetString() : null;
    }
}
