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

    /// <summary>Show an error.</summary>
    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, "application/vnd.microsoft.error", JsonSerializer.SerializeToElement(new { code, message }));
}
