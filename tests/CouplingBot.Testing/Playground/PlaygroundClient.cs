using System.Net.Http.Json;
using System.Text.Json;

namespace CouplingBot.Testing.Playground;

/// <summary>
/// Drives a running playground over HTTP, as its web UI does, without a browser, and records what
/// the bot sent through the UI's websocket feed (see <c>PlaygroundClient.Feed.cs</c>).
/// </summary>
/// <remarks>
/// Endpoints of @microsoft/m365agentsplayground 0.2.28 (read from its dist/index.js and tried):
/// <list type="bullet">
/// <item><c>GET /_internal/v1/config</c>: users, bot, personalChat, groupChats, teams/channels.</item>
/// <item><c>POST /_conversation/v1/conversations/{cid}/messages</c> <c>{from:{id}, text, textFormat, mentions?}</c>
/// -> <c>{messageId, timestamp, postConversationId?}</c>; the bot gets a <c>message</c> activity.
/// In a channel, each message starts a post whose thread id is <c>postConversationId</c>.</item>
/// <item><c>POST /_conversation/v1/invoke</c> <c>{name, from, conversation:{id}, replyToId, value}</c> -> the bot's
/// invoke body (<c>replyToId</c> must be an existing message id). The answer is not pushed to the feed:
/// a card returned here replaces the card only in a browser that did the invoke.</item>
/// <item><c>POST /_conversation/v1/submit</c> <c>{from, conversation:{id}, replyToId, value}</c> -> 200, empty;
/// the bot gets a <c>message</c> with <c>value</c> and no text.</item>
/// <item>There is no HTTP endpoint that lists messages. The UI reads the websocket
/// <c>/_ws_conversation/v1/conversations/stream</c>: <c>{action:"createMessage"|"updateMessage"|"typing",
/// actionConversationId, message:{messageId, timestamp, from:{id}, text, textFormat, attachments:[{contentType, content}],
/// postConversationId?}}</c>, only for messages the bot sent (reply, send, update), not for the user's own.
/// With no client connected, events are buffered and all go to the first client that connects.</item>
/// <item><c>/_ws/log/stream</c> carries the log panel: <c>{logAction:"appendLog", log:{request:{body}, response}}</c>
/// with the raw activities both ways.</item>
/// </list>
/// </remarks>
public sealed partial class PlaygroundClient : IAsyncDisposable
{
    private readonly HttpClient _http;

    private PlaygroundClient(HttpClient http, PlaygroundConversations conversations)
    {
        _http = http;
        Conversations = conversations;
    }

    /// <summary>The conversation, user and bot ids of this playground.</summary>
    public PlaygroundConversations Conversations { get; }

    /// <summary>
    /// Connects to the playground at <paramref name="baseUrl"/>: reads its config and subscribes to
    /// the conversation feed. Connect before sending anything, so no bot message is missed.
    /// </summary>
    public static async Task<PlaygroundClient> ConnectAsync(Uri baseUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        try
        {
            using var config = await http.GetFromJsonAsync<JsonDocument>("_internal/v1/config", cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The playground returned an empty config.");
            var client = new PlaygroundClient(http, PlaygroundConversations.Parse(config.RootElement));
            await client.StartFeedAsync(baseUrl, cancellationToken).ConfigureAwait(false);
            return client;
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Sends <paramref name="text"/> as the current user. With <paramref name="mentionBot"/> the text is
    /// prefixed with <c>&lt;at&gt;Bot&lt;/at&gt;</c> and carries the mention, as Teams does in channels and group chats.
    /// </summary>
    /// <returns>The user's message id and the conversation the bot's replies land in (a channel's new thread).</returns>
    public async Task<PlaygroundSentMessage> SendMessageAsync(string conversationId, string text, bool mentionBot = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(text);
        var at = $"<at>{Conversations.BotName}</at>";
        object body = mentionBot
            ? new { from = Me, text = $"{at} {text}", textFormat = "plain", mentions = new[] { new { mentioned = new { id = Conversations.BotId }, text = at } } }
            : new { from = Me, text, textFormat = "plain" };
        using var response = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken).ConfigureAwait(false);
        var sent = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        var thread = sent.TryGetProperty("postConversationId", out var post) ? post.GetString() : null;
        return new PlaygroundSentMessage(sent.GetProperty("messageId").GetString()!, thread ?? conversationId);
    }

    /// <summary>
    /// Sends an <c>invoke</c> activity named <paramref name="name"/> (e.g. <c>adaptiveCard/action</c>) on the
    /// message <paramref name="replyToId"/> and returns the bot's invoke response body as the playground relays it.
    /// </summary>
    public async Task<JsonElement> InvokeAsync(string conversationId, string replyToId, string name, object value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(replyToId);
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        var body = new { name, from = Me, conversation = new { id = conversationId }, replyToId, value };
        using var response = await PostAsync("_conversation/v1/invoke", body, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Presses an <c>Action.Execute</c> button: an <c>adaptiveCard/action</c> invoke with <paramref name="verb"/> and <paramref name="data"/> (inputs merged in by the caller).</summary>
    public Task<JsonElement> ExecuteActionAsync(string conversationId, string cardMessageId, string verb, object data, CancellationToken cancellationToken = default) =>
        InvokeAsync(
            conversationId,
            cardMessageId,
            "adaptiveCard/action",
            new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" },
            cancellationToken);

    /// <summary>Presses an <c>Action.Submit</c> button: the bot gets a <c>message</c> whose <c>value</c> is <paramref name="value"/>.</summary>
    public async Task SubmitAsync(string conversationId, string cardMessageId, object value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(cardMessageId);
        ArgumentNullException.ThrowIfNull(value);
        var body = new { from = Me, conversation = new { id = conversationId }, replyToId = cardMessageId, value };
        using var response = await PostAsync("_conversation/v1/submit", body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes the feed and the HTTP client.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopFeedAsync().ConfigureAwait(false);
        _http.Dispose();
    }

    private object Me => new { id = Conversations.CurrentUserId };

    private async Task<HttpResponseMessage> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        var response = await _http.PostAsJsonAsync(path, body, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            response.Dispose();
            throw new HttpRequestException($"POST /{path} answered {(int)response.StatusCode}: {error}", null, response.StatusCode);
        }

        return response;
    }
}

/// <summary>A message the test sent as the user.</summary>
/// <param name="MessageId">The playground's id of the user's message.</param>
/// <param name="ConversationId">Where the bot's replies arrive: the chat itself, or in a channel the new post's thread.</param>
public sealed record PlaygroundSentMessage(string MessageId, string ConversationId);
