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

    /// <inheritdoc />
    public InboundAuthResult CheckActivity(ValidatedToken token, InboundActivityContext activity)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(activity);
        var result = Check(token, activity);
        if (!result.IsAccepted)
        {
            AuthLog.Refused(_logger, activity.ChannelId, activity.ServiceUrl, result.Reason);
        }

        return result;
    }

    private InboundAuthResult Check(ValidatedToken token, InboundActivityContext activity)
    {
        // The Bot Framework endorses each key for the channels allowed to use it; a key for another channel must not vouch for Teams.
        if (token.IsBotFramework
            && (string.IsNullOrEmpty(activity.ChannelId) || !token.Endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase)))
        {
            return InboundAuthResult.Refused("the signing key is not endorsed for the activity's channel");
        }

        // Replies go to the serviceUrl, so a token must name the one the activity gives (Entra tokens: when they carry it).
        if ((token.IsBotFramework || token.ServiceUrl is not null) && !SameServiceUrl(token.ServiceUrl, activity.ServiceUrl))
        {
            return InboundAuthResult.Refused("the serviceurl claim does not match the activity's serviceUrl");
        }

        if (_options.AllowedTenants.Count > 0)
        {
            var tenant = token.TenantId ?? activity.TenantId;
            if (tenant is null || !_options.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase))
            {
                return InboundAuthResult.Refused("the tenant is not allowed");
            }
        }

        return InboundAuthResult.Accepted;
    }

    private static string? ServiceUrlOf(JsonWebToken token) =>
        token.TryGetPayloadValue<string>(ServiceUrlClaim, out var serviceUrl) ? serviceUrl : null;

    // The endorsements of the key that signed the token, read while the metadata it was checked against is at hand.
    private static string[] EndorsementsOf(JsonWebToken token, OpenIdConnectConfiguration configuration)
    {
        var keyId = token.SigningKey?.KeyId ?? token.Kid;
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        return key is not null && key.AdditionalData.TryGetValue(EndorsementsProperty, out var endorsements)
            ? Strings(endorsements).OfType<string>().ToArray()
            : [];
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
