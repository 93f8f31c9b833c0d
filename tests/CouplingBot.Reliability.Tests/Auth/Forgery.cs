using CouplingBot.Testing.Auth;

namespace CouplingBot.Reliability.Tests.Auth;

/// <summary>
/// One request a caller without the right to talk to the bot might send: the bearer token (null: none) and the
/// tenant and recipient its activity names.
/// </summary>
/// <param name="Name">What is forged, for the failure message.</param>
/// <param name="Token">The Authorization bearer token, or null for none.</param>
/// <param name="Tenant">The tenant of the activity's conversation.</param>
/// <param name="RecipientAppId">The bot the activity is addressed to.</param>
internal sealed record Forgery(string Name, string? Token, string Tenant = ProductionBot.AllowedTenant, string RecipientAppId = ProductionBot.AppId)
{
    private const string BotFrameworkIssuer = "https://api.botframework.com";

    /// <summary>Every forgery issue 7 lists, each signed (where it is signed) by the given authority.</summary>
    public static IReadOnlyList<Forgery> All(TestSigningAuthority authority)
    {
        var now = DateTime.UtcNow;
        return
        [
            new("no token", null),
            new("unsigned (alg: none)", TestSigningAuthority.Sign(null, Claims())),
            new("wrong signature (a key nobody publishes, same key id)", TestSigningAuthority.Sign(authority.UnknownKey, Claims())),
            new("expired 10 minutes ago", TestSigningAuthority.Sign(authority.TeamsKey, Claims(), notBefore: now.AddHours(-2), expires: now.AddMinutes(-10))),
            new("not valid for another 10 minutes", TestSigningAuthority.Sign(authority.TeamsKey, Claims(), notBefore: now.AddMinutes(10), expires: now.AddHours(1))),
            new("wrong audience (the connector's)", TestSigningAuthority.Sign(authority.TeamsKey, Claims(audience: "https://api.botframework.com"))),
            new("wrong issuer", TestSigningAuthority.Sign(authority.TeamsKey, Claims(issuer: "https://api.botframework.com.example.net"))),
            new("key not endorsed for msteams", TestSigningAuthority.Sign(authority.WebChatKey, Claims())),
            new("serviceurl claim of another connector", TestSigningAuthority.Sign(authority.TeamsKey, Claims(serviceUrl: "https://smba.example.net/emea/"))),
            new("tenant not allowed", TestSigningAuthority.Sign(authority.TeamsKey, Claims()), Tenant: ProductionBot.OtherTenant),
            new("token replayed from another bot", TestSigningAuthority.Sign(authority.TeamsKey, Claims(audience: ProductionBot.OtherBotAppId)), RecipientAppId: ProductionBot.OtherBotAppId),
            new("Entra token of a tenant not allowed", TestSigningAuthority.Sign(authority.EntraKey, EntraClaims(ProductionBot.OtherTenant)), Tenant: ProductionBot.OtherTenant),
        ];
    }

    /// <summary>The control: a token the bot must accept.</summary>
    public static Forgery Valid(TestSigningAuthority authority) => new("none (valid control)", TestSigningAuthority.Sign(authority.TeamsKey, Claims()));

    private static Dictionary<string, object> Claims(
        string issuer = BotFrameworkIssuer, string audience = ProductionBot.AppId, string serviceUrl = ProductionBot.ServiceUrl) => new()
    {
        ["iss"] = issuer,
        ["aud"] = audience,
        ["serviceurl"] = serviceUrl,
    };

    private static Dictionary<string, object> EntraClaims(string tenant) => new()
    {
        ["iss"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
        ["aud"] = ProductionBot.AppId,
        ["tid"] = tenant,
        ["serviceurl"] = ProductionBot.ServiceUrl,
    };
}
