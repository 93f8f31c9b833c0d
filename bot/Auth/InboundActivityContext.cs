using CouplingBot.Bot.Protocol;

namespace CouplingBot.Bot.Auth;

/// <summary>What a token is checked against: the fields of the activity it came with.</summary>
/// <param name="ChannelId">The activity's channel (<c>msteams</c>); the signing key must be endorsed for it.</param>
/// <param name="ServiceUrl">The activity's serviceUrl; the token's <c>serviceurl</c> claim must equal it.</param>
/// <param name="TenantId">The activity's tenant, used for the allow-list when the token carries no <c>tid</c>.</param>
public sealed record InboundActivityContext(string? ChannelId, string? ServiceUrl, string? TenantId)
{
    /// <summary>The context of <paramref name="activity"/>.</summary>
    public static InboundActivityContext Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new(activity.ChannelId, activity.ServiceUrl, activity.Conversation?.TenantId);
    }
}
