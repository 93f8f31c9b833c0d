using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouplingBot.Bot.Protocol;

/// <summary>
/// A Bot Framework activity: the one message shape of the protocol, inbound and outbound. Only the
/// fields CouplingBot reads or writes are typed; <see cref="ChannelData"/> and <see cref="Value"/>
/// stay raw JSON.
/// </summary>
public sealed record Activity
{
    /// <summary>message, invoke, typing, conversationUpdate, installationUpdate, ...</summary>
    public string? Type { get; init; }

    /// <summary>The activity's id in the conversation.</summary>
    public string? Id { get; init; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Where replies go: the connector's base address.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>msteams, or the channel of a test client.</summary>
    public string? ChannelId { get; init; }

    /// <summary>The sender.</summary>
    public ChannelAccount? From { get; init; }

    /// <summary>The receiver (the bot, for inbound activities).</summary>
    public ChannelAccount? Recipient { get; init; }

    /// <summary>The conversation.</summary>
    public ConversationAccount? Conversation { get; init; }

    /// <summary>The text of a message.</summary>
    public string? Text { get; init; }

    /// <summary>plain, markdown or xml.</summary>
    public string? TextFormat { get; init; }

    /// <summary>The sender's locale, e.g. en-GB.</summary>
    public string? Locale { get; init; }

    /// <summary>Cards and files.</summary>
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>Mentions and other entities.</summary>
    public IReadOnlyList<JsonElement>? Entities { get; init; }

    /// <summary>The invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }

    /// <summary>The invoke's or submit's payload.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The activity this one answers or replaces.</summary>
    public string? ReplyToId { get; init; }

    /// <summary>Channel-specific data (Teams: tenant, team, channel).</summary>
    public JsonElement? ChannelData { get; init; }

    /// <summary>conversationUpdate: who joined (the bot itself when it was added).</summary>
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    /// <summary>installationUpdate: <c>add</c> or <c>remove</c> (Teams may append <c>-upgrade</c>).</summary>
    public string? Action { get; init; }
}

/// <summary>A user or bot in a conversation.</summary>
public sealed record ChannelAccount(string? Id, string? Name = null)
{
    /// <summary>The Entra object id of a Teams user.</summary>
    public string? AadObjectId { get; init; }
}

/// <summary>A conversation: personal chat, group chat or channel.</summary>
public sealed record ConversationAccount(string? Id)
{
    /// <summary>personal, groupChat or channel.</summary>
    public string? ConversationType { get; init; }

    /// <summary>The tenant the conversation belongs to.</summary>
    public string? TenantId { get; init; }

    /// <summary>True for group chats and channels.</summary>
    public bool? IsGroup { get; init; }
}

/// <summary>An attachment; for cards, <see cref="Content"/> is the card JSON.</summary>
public sealed record Attachment(string ContentType, [property: JsonPropertyName("content")] JsonElement Content);
