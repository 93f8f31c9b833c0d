using System.Text.Json.Serialization;

namespace CouplingBot.Bot.Protocol;

/// <summary>Creating conversations (proactive messages to someone the bot has no chat with yet).</summary>
public sealed partial class ConnectorClient
{
    /// <inheritdoc />
    public async Task<string> CreatePersonalConversationAsync(string serviceUrl, ChannelAccount bot, ChannelAccount user, string tenantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrWhiteSpace(user.Id, nameof(user));
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var parameters = new ConversationParameters(bot, [new ChannelAccount(user.Id)], IsGroup: false, tenantId, new TeamsChannelData(new TenantInfo(tenantId)));
        var id = await SendJsonAsync(HttpMethod.Post, ConversationsUrl(serviceUrl, nameof(serviceUrl)), parameters, safeToRepeat: false, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(id) ? throw new HttpRequestException("The connector created a conversation but returned no id.") : id;
    }

    // The body of POST v3/conversations for a 1:1 chat in Teams.
    private sealed record ConversationParameters(
        ChannelAccount Bot,
        IReadOnlyList<ChannelAccount> Members,
        bool IsGroup,
        string TenantId,
        [property: JsonPropertyName("channelData")] TeamsChannelData ChannelData);

    private sealed record TeamsChannelData(TenantInfo Tenant);

    private sealed record TenantInfo(string Id);
}
