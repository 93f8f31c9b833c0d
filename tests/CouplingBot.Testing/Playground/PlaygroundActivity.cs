using System.Text.Json;

namespace CouplingBot.Testing.Playground;

/// <summary>What happened to a message the UI shows.</summary>
public enum PlaygroundActivityKind
{
    /// <summary>A new message (a bot reply or send).</summary>
    Created,

    /// <summary>An existing message was replaced (the bot's <c>PUT .../activities/{id}</c>).</summary>
    Updated,
}

/// <summary>An attachment of a message, e.g. an Adaptive Card.</summary>
/// <param name="ContentType">E.g. <c>application/vnd.microsoft.card.adaptive</c>.</param>
/// <param name="Content">The card JSON as the bot sent it.</param>
public sealed record PlaygroundAttachment(string ContentType, JsonElement Content)
{
    /// <summary>The Adaptive Card content type.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>True for an Adaptive Card.</summary>
    public bool IsAdaptiveCard => ContentType == AdaptiveCardContentType;
}

/// <summary>
/// One event of the playground's conversation feed (<c>createMessage</c> / <c>updateMessage</c>):
/// a message the bot sent, as the UI renders it.
/// </summary>
/// <param name="Kind">Created or updated.</param>
/// <param name="ConversationId">The conversation; in a channel, the post's thread id (<c>team-id;messageid=...</c>).</param>
/// <param name="MessageId">The playground's id of the message: the id the connector answered the bot with, and the <c>replyToId</c> for invokes on its card.</param>
/// <param name="FromId">The sender's account id (the bot's id for bot messages).</param>
/// <param name="Text">The message text, if any.</param>
/// <param name="Attachments">Attachments with their card JSON.</param>
/// <param name="Timestamp">When the playground stored the message (or its update).</param>
/// <param name="Raw">The whole feed event, for anything not mapped here.</param>
public sealed record PlaygroundActivity(
    PlaygroundActivityKind Kind,
    string ConversationId,
    string MessageId,
    string FromId,
    string? Text,
    IReadOnlyList<PlaygroundAttachment> Attachments,
    DateTimeOffset Timestamp,
    JsonElement Raw)
{
    /// <summary>The Adaptive Cards of this message.</summary>
    public IEnumerable<JsonElement> AdaptiveCards => Attachments.Where(a => a.IsAdaptiveCard).Select(a => a.Content);

    /// <summary>True when the message carries at least one Adaptive Card.</summary>
    public bool HasAdaptiveCard => AdaptiveCards.Any();

    /// <summary>True when the text, or any string value inside any attachment, contains <paramref name="value"/> (ordinal).</summary>
    public bool Contains(string value) =>
        (Text?.Contains(value, StringComparison.Ordinal) ?? false)
        || Attachments.Any(a => StringValues(a.Content).Any(s => s.Contains(value, StringComparison.Ordinal)));

    internal static PlaygroundActivity? FromFeedEvent(JsonElement feedEvent)
    {
        var kind = feedEvent.GetProperty("action").GetString() switch
        {
            "createMessage" => PlaygroundActivityKind.Created,
            "updateMessage" => PlaygroundActivityKind.Updated,
            _ => (PlaygroundActivityKind?)null, // "typing"
        };
        if (kind is null)
        {
            return null;
        }

        var message = feedEvent.GetProperty("message");
        var attachments = message.TryGetProperty("attachments", out var list)
            ? list.EnumerateArray()
                .Select(a => new PlaygroundAttachment(a.GetProperty("contentType").GetString() ?? "", a.GetProperty("content").Clone()))
                .ToList()
            : [];
        return new PlaygroundActivity(
            kind.Value,
            message.TryGetProperty("postConversationId", out var post) && post.ValueKind == JsonValueKind.String
                ? post.GetString()!
                : feedEvent.GetProperty("actionConversationId").GetString()!,
            message.GetProperty("messageId").GetString()!,
            message.GetProperty("from").GetProperty("id").GetString()!,
            message.TryGetProperty("text", out var text) ? text.GetString() : null,
            attachments,
            DateTimeOffset.FromUnixTimeMilliseconds(message.GetProperty("timestamp").GetInt64()),
            feedEvent.Clone());
    }

    private static IEnumerable<string> StringValues(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringValues(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(StringValues),
        _ => [],
    };
}
