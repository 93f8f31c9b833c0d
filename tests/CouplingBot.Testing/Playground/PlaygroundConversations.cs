using System.Text.Json;

namespace CouplingBot.Testing.Playground;

/// <summary>
/// The ids from <c>GET /_internal/v1/config</c>. The personal and group chat ids are new GUIDs on
/// every start; channel ids come from the default config (<c>team-id</c> is "General",
/// <c>channel-announcements-id</c> is "Announcements").
/// </summary>
/// <param name="PersonalChatId">The 1:1 chat between the current user and the bot.</param>
/// <param name="GroupChatId">The first group chat (bot plus five users).</param>
/// <param name="ChannelIds">The channels of the first team; a message there starts a new post (thread).</param>
/// <param name="CurrentUserId">The user the playground acts as (<c>user-id-0</c> by default).</param>
/// <param name="BotId">The bot's account id.</param>
/// <param name="BotName">The bot's display name (used in <c>&lt;at&gt;</c> mentions).</param>
public sealed record PlaygroundConversations(
    string PersonalChatId,
    string? GroupChatId,
    IReadOnlyList<string> ChannelIds,
    string CurrentUserId,
    string BotId,
    string BotName)
{
    /// <summary>The first channel ("General"), or null when the config has no team.</summary>
    public string? ChannelId => ChannelIds.Count > 0 ? ChannelIds[0] : null;

    internal static PlaygroundConversations Parse(JsonElement root)
    {
        var config = root.GetProperty("config");
        var groupChats = config.TryGetProperty("groupChats", out var chats) ? chats.EnumerateArray().ToList() : [];
        var channels = config.TryGetProperty("teams", out var teams)
            ? teams.EnumerateArray()
                .SelectMany(team => team.GetProperty("channels").EnumerateArray())
                .Select(channel => channel.GetProperty("id").GetString()!)
                .ToList()
            : [];
        return new PlaygroundConversations(
            config.GetProperty("personalChat").GetProperty("id").GetString()!,
            groupChats.Count > 0 ? groupChats[0].GetProperty("id").GetString() : null,
            channels,
            config.GetProperty("currentUser").GetProperty("id").GetString()!,
            config.GetProperty("bot").GetProperty("id").GetString()!,
            config.GetProperty("bot").GetProperty("name").GetString()!);
    }
}
