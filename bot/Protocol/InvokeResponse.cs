using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouplingBot.Bot.Protocol;

/// <summary>
/// The answer to an <c>adaptiveCard/action</c> invoke, sent as the HTTP response body: a card that
/// replaces the one tapped, a short message, or an error.
/// </summary>
public sealed record InvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] JsonElement Value)
{
    /// <summary>Replace the card with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonElement card) => new(200, ActivityTypes.AdaptiveCardContentType, card);

    /// <summary>Show a short message instead of changing the card.</summary>
    public static InvokeResponse Message(string text) =>
        new(200, "application/vnd.microsoft.activity.message", JsonSerializer.SerializeToElement(text));

    /// <summary>
    /// When set, the HTTP body is this JSON as it is instead of the record: compose-box invokes answer
    /// with their own shape (<c>{"composeExtension": ...}</c>).
    /// </summary>
    [JsonIgnore]
    public JsonElement? Body { get; init; }

    /// <summary>An answer whose HTTP body is <paramref name="body"/> itself.</summary>
    public static InvokeResponse Raw(JsonElement body) => new(200, "application/json", body) { Body = body };

    /// <summary>Show an error.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, "application/vnd.microsoft.error", JsonSerializer.SerializeToElement(new { code, message }));
}
