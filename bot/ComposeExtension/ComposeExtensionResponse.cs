using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouplingBot.Bot.ComposeExtension;

/// <summary>
/// The HTTP body that answers a compose-box invoke: <c>{"composeExtension": {...}}</c>. Unlike an
/// <c>adaptiveCard/action</c> answer it has no status code of its own; a problem is a message result.
/// </summary>
/// <param name="ComposeExtension">The result.</param>
public sealed record ComposeExtensionResponse(
    [property: JsonPropertyName("composeExtension")] ComposeExtensionResult ComposeExtension)
{
    /// <summary>Records to pick from, as a list.</summary>
    public static ComposeExtensionResponse List(IReadOnlyList<ComposeExtensionAttachment> attachments) =>
        new(new ComposeExtensionResult("result") { AttachmentLayout = "list", Attachments = attachments });

    /// <summary>No result: what an unrecognised link gets, so Teams simply doesn't unfurl it.</summary>
    public static ComposeExtensionResponse Empty { get; } = List([]);

    /// <summary>A plain message shown in place of results (help, nothing found, a service down).</summary>
    public static ComposeExtensionResponse Message(string text) =>
        new(new ComposeExtensionResult("message") { Text = text });

    /// <summary>The body as JSON, as the invoke response carries it.</summary>
    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, Json);

    private static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>The <c>composeExtension</c> object: <c>result</c> with attachments, or <c>message</c> with text.</summary>
/// <param name="Type"><c>result</c> or <c>message</c>.</param>
public sealed record ComposeExtensionResult([property: JsonPropertyName("type")] string Type)
{
    /// <summary><c>list</c> for results; absent for a message.</summary>
    [JsonPropertyName("attachmentLayout")]
    public string? AttachmentLayout { get; init; }

    /// <summary>The results; absent for a message.</summary>
    [JsonPropertyName("attachments")]
    public IReadOnlyList<ComposeExtensionAttachment>? Attachments { get; init; }

    /// <summary>The message text; absent for results.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; init; }
}

/// <summary>One result: the card inserted into the message and the preview shown in the list.</summary>
/// <param name="ContentType">The inserted card's content type (an Adaptive Card).</param>
/// <param name="Content">The inserted card.</param>
/// <param name="Preview">The list entry: a thumbnail card.</param>
public sealed record ComposeExtensionAttachment(
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("content")] JsonElement Content,
    [property: JsonPropertyName("preview")] ComposeExtensionPreview Preview);

/// <summary>A thumbnail card as a result's preview in the compose box's list.</summary>
/// <param name="Content">Title, subtitle and text.</param>
public sealed record ComposeExtensionPreview([property: JsonPropertyName("content")] ThumbnailContent Content)
{
    /// <summary>The thumbnail card content type.</summary>
    public const string ThumbnailContentType = "application/vnd.microsoft.card.thumbnail";

    /// <summary>Always the thumbnail card type.</summary>
    [JsonPropertyName("contentType")]
    public string ContentType => ThumbnailContentType;
}

/// <summary>A thumbnail card's text: what the list shows for one result.</summary>
/// <param name="Title">The record's title, e.g. "Customer 10000 · The Cannon Group PLC".</param>
/// <param name="Subtitle">What it is and whether it is coupled.</param>
/// <param name="Text">A short line of key fields, or null.</param>
public sealed record ThumbnailContent(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("subtitle")] string Subtitle,
    [property: JsonPropertyName("text")] string? Text);
