using Azure.Data.Tables;

namespace CouplingBot.Bot.Proactive;

/// <summary>A <see cref="ConversationReference"/> as the columns of a table row, for every table that keeps one.</summary>
internal static class ConversationReferenceRows
{
    /// <summary>A row with the reference's columns under the given keys.</summary>
    public static TableEntity ToRow(string partitionKey, string rowKey, ConversationReference reference) => new(partitionKey, rowKey)
    {
        ["ConversationId"] = reference.ConversationId, ["ServiceUrl"] = reference.ServiceUrl, ["ChannelId"] = reference.ChannelId,
        ["ConversationType"] = reference.ConversationType, ["TenantId"] = reference.TenantId, ["BotId"] = reference.BotId,
        ["BotName"] = reference.BotName, ["UserId"] = reference.UserId, ["UserName"] = reference.UserName,
        ["UserAadObjectId"] = reference.UserAadObjectId, ["UpdatedAt"] = reference.UpdatedAt,
    };

    /// <summary>The reference a row holds.</summary>
    public static ConversationReference FromRow(TableEntity row) => new(
        row.GetString("ConversationId") ?? "", row.GetString("ServiceUrl") ?? "", row.GetString("ChannelId"), row.GetString("ConversationType"),
        row.GetString("TenantId"), row.GetString("BotId"), row.GetString("BotName"), row.GetString("UserId"), row.GetString("UserName"),
        row.GetString("UserAadObjectId"), row.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
