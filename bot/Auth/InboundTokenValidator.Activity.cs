using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CouplingBot.Bot.Auth;

/// <summary>The rules that tie a valid token to the activity it came with.</summary>
public sealed partial class InboundTokenValidator
{
    private const string EndorsementsProperty = "endorsements";
    private const string ServiceUrlClaim = "serviceurl";

    private InboundAuthResult CheckActivity(
        JsonWebToken token, OpenIdConnectConfiguration configuration, bool isBotFramework, string? tenantId, InboundActivityContext activity)
    {
        // The Bot Framework endorses each key for the channels allowed to use it; a key for another channel must not vouch for Teams.
        if (isBotFramework && !IsEndorsed(token, configuration, activity.ChannelId))
        {
            return InboundAuthResult.Refused("the signing key is not endorsed for the activity's channel");
        }

        // Replies go to the serviceUrl, so a token must name the one the activity gives (Entra tokens: when they carry it).
        var hasServiceUrl = token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl);
        if ((isBotFramework || hasServiceUrl) && !SameServiceUrl(serviceUrl, activity.ServiceUrl))
        {
            return InboundAuthResult.Refused("the serviceurl claim does not match the activity's serviceUrl");
        }

        if (_options.AllowedTenants.Count > 0)
        {
            var tenant = tenantId ?? activity.TenantId;
            if (tenant is null || !_options.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
            {
                return InboundAuthResult.Refused("the tenant is not allowed");
            }
        }

        return InboundAuthResult.Accepted;
    }

    private static bool IsEndorsed(JsonWebToken token, OpenIdConnectConfiguration configuration, string? channelId)
    {
        if (string.IsNullOrEmpty(channelId))
        {
            return false;
        }

        var keyId = token.SigningKey?.KeyId ?? token.Kid;
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        return key is not null
            && key.AdditionalData.TryGetValue(EndorsementsProperty, out var endorsements)
            && Strings(endorsements).Contains(channelId, StringComparer.OrdinalIgnoreCase);
    }

    // The key set reader keeps unknown members either as JSON or as plain objects, depending on version.
    private static IEnumerable<string?> Strings(object? value) => value switch
    {
        string one => [one],
        JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null),
        IEnumerable many => many.Cast<object?>().Select(o => o?.ToString()),
        _ => [],
    };

    private static bool SameServiceUrl(string? claimed, string? actual) =>
        !string.IsNullOrEmpty(claimed) && !string.IsNullOrEmpty(actual)
        && string.Equals(claimed.TrimEnd('/'), actual.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
