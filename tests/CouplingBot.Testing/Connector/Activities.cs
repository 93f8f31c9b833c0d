using System.Net.Http.Json;
using System.Text.Json;

namespace CouplingBot.Testing.Connector;

/// <summary>Inbound activities as Teams sends them, for tests that post to /api/messages directly.</summary>
public static class Activities
{
    /// <summary>A message with <paramref name="text"/> from a person in a personal chat.</summary>
    public static Dictionary<string, object?> Message(Uri serviceUrl, string text)
    {
        var activity = Envelope(serviceUrl, "message");
        activity["text"] = text;
        return activity;
    }

    /// <summary>A tap on an Action.Execute button with <paramref name="verb"/> and <paramref name="data"/> (an <c>adaptiveCard/action</c> invoke).</summary>
    public static Dictionary<string, object?> CardAction(Uri serviceUrl, string verb, object data)
    {
        var activity = Envelope(serviceUrl, "invoke");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "card-activity-1";
        activity["value"] = new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" };
        return activity;
    }

    // What every activity from a person in a personal chat carries.
    private static Dictionary<string, object?> Envelope(Uri serviceUrl, string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new { id = "user-1", name = "Alex Wilber" },
        ["recipient"] = new { id = "bot-1", name = "CouplingBot" },
        ["conversation"] = new { id = "a:personal-chat-1", conversationType = "personal" },
    };

    /// <summary>Posts an invoke and returns the invoke response body.</summary>
    public static async Task<JsonElement> InvokeAsync(this HttpClient bot, object activity)
    {
        using var response = await bot.PostAsJsonAsync("api/messages", activity);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The Adaptive Card of a posted message activity, or null.</summary>
    public static JsonElement? CardOf(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0
            ? attachments[0].GetProperty("content")
            : null;

    /// <summary>The text of a posted activity, or "".</summary>
    public static string TextOf(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
}
