using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CouplingBot.Bot.Protocol;
using CouplingBot.Testing.Auth;
using Microsoft.IdentityModel.Tokens;

namespace CouplingBot.Bot.Tests.Auth;

/// <summary>/api/messages in production mode: only activities with a valid token reach the turn handler.</summary>
public sealed class InboundAuthenticationTests(ProductionBotFixture bot) : IClassFixture<ProductionBotFixture>
{
    private const string BotFrameworkIssuer = "https://api.botframework.com";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_ValidBotFrameworkToken_IsProcessed()
    {
        var (status, conversation) = await PostAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims()));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(bot.ConnectorPosts, p => p.Contains(conversation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ValidEntraToken_IsProcessed()
    {
        var (status, conversation) = await PostAsync(TestSigningAuthority.Sign(bot.Authority.EntraKey, EntraClaims($"https://login.microsoftonline.com/{ProductionBotFixture.AllowedTenant}/v2.0")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(bot.ConnectorPosts, p => p.Contains(conversation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ExpiredWithinClockSkew_IsProcessed()
    {
        var now = DateTime.UtcNow;
        var token = TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims(), notBefore: now.AddHours(-1), expires: now.AddMinutes(-2));

        var (status, _) = await PostAsync(token);

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_SeveralActivities_ReuseTheCachedSigningKeys()
    {
        await PostAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims()));
        var fetches = bot.Authority.Fetches;

        var (first, _) = await PostAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims()));
        var (second, _) = await PostAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims()));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first, second));
        Assert.Equal(fetches, bot.Authority.Fetches);
    }

    [Fact]
    public async Task Post_NoToken_IsRefused() => await AssertRefusedAsync(null);

    [Fact]
    public async Task Post_NotABearerJwt_IsRefused() => await AssertRefusedAsync("not-a-jwt");

    [Fact]
    public async Task Post_UnsignedAlgNone_IsRefused() => await AssertRefusedAsync(TestSigningAuthority.Sign(null, BotFrameworkClaims()));

    [Fact]
    public async Task Post_SignedByUnpublishedKey_IsRefused() =>
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.UnknownKey, BotFrameworkClaims()));

    [Fact]
    public async Task Post_Expired_IsRefused()
    {
        var now = DateTime.UtcNow;
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims(), notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)));
    }

    [Fact]
    public async Task Post_NotYetValid_IsRefused()
    {
        var now = DateTime.UtcNow;
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims(), notBefore: now.AddMinutes(10), expires: now.AddHours(1)));
    }

    [Fact]
    public async Task Post_WrongAudience_IsRefused() =>
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims(audience: "another-bot")));

    [Theory]
    [InlineData("https://api.botframework.com.example.net")]
    [InlineData("https://api.botframework.com/")]
    public async Task Post_WrongBotFrameworkIssuer_IsRefused(string issuer) =>
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims(issuer: issuer)));

    [Fact]
    public async Task Post_EntraIssuerOfAnotherTenantThanTid_IsRefused()
    {
        var claims = EntraClaims($"https://sts.windows.net/{ProductionBotFixture.OtherTenant}/");
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.EntraKey, claims));
    }

    [Fact]
    public async Task Post_KeyNotEndorsedForTheChannel_IsRefused() =>
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.WebChatKey, BotFrameworkClaims()));

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersFromActivity_IsRefused() =>
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims(serviceUrl: "https://smba.example.net/")));

    [Fact]
    public async Task Post_BotFrameworkTokenWithoutServiceUrlClaim_IsRefused()
    {
        var claims = BotFrameworkClaims();
        claims.Remove("serviceurl");
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, claims));
    }

    [Fact]
    public async Task Post_ActivityOfTenantNotAllowed_IsRefused() =>
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims()), ProductionBotFixture.OtherTenant);

    [Fact]
    public async Task Post_EntraTokenOfTenantNotAllowed_IsRefused()
    {
        var claims = EntraClaims($"https://sts.windows.net/{ProductionBotFixture.OtherTenant}/", ProductionBotFixture.OtherTenant);
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.EntraKey, claims));
    }

    [Fact]
    public async Task Post_TamperedPayload_IsRefused()
    {
        var parts = TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims(audience: "another-bot")).Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("another-bot", ProductionBotFixture.AppId, StringComparison.Ordinal);
        Assert.Contains(ProductionBotFixture.AppId, payload, StringComparison.Ordinal);

        await AssertRefusedAsync(string.Join('.', parts[0], Base64UrlEncoder.Encode(payload), parts[2]));
    }

    [Fact]
    public async Task Post_EntraV1TokenOfTheAllowedCallerApp_IsProcessed()
    {
        var claims = EntraClaims(V1Issuer);
        claims.Remove("azp");
        claims["appid"] = ProductionBotFixture.CallerAppId;

        var (status, conversation) = await PostAsync(TestSigningAuthority.Sign(bot.Authority.EntraKey, claims));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(bot.ConnectorPosts, p => p.Contains(conversation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_EntraV2TokenOfAForeignApp_IsRefused()
    {
        var claims = EntraClaims(V2Issuer);
        claims["azp"] = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.EntraKey, claims));
    }

    [Fact]
    public async Task Post_EntraV1TokenOfAForeignApp_IsRefused()
    {
        var claims = EntraClaims(V1Issuer);
        claims.Remove("azp");
        claims["appid"] = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.EntraKey, claims));
    }

    [Fact]
    public async Task Post_EntraTokenNamingNoCallerApp_IsRefused()
    {
        var claims = EntraClaims(V2Issuer);
        claims.Remove("azp");
        await AssertRefusedAsync(TestSigningAuthority.Sign(bot.Authority.EntraKey, claims));
    }

    [Fact]
    public async Task Post_BotFrameworkTokenWithAForeignAzp_IsProcessed()
    {
        // The caller allow-list is for Entra tokens; the Bot Framework channel's own tokens are trusted by their issuer and key.
        var claims = BotFrameworkClaims();
        claims["azp"] = "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";

        var (status, _) = await PostAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, claims));

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Post_NoTokenAndAMalformedBody_IsRefusedBeforeTheBodyIsParsed()
    {
        var (status, message) = await PostRawAsync(null, "{ this is not json");

        Assert.Equal((HttpStatusCode.Unauthorized, "Unauthorized."), (status, message));
    }

    [Fact]
    public async Task Post_BadSignatureAndAMalformedBody_IsRefusedBeforeTheBodyIsParsed()
    {
        var (status, _) = await PostRawAsync(TestSigningAuthority.Sign(bot.Authority.UnknownKey, BotFrameworkClaims()), "{ this is not json");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Fact]
    public async Task Post_ValidTokenAndAMalformedBody_IsABadRequest()
    {
        var (status, message) = await PostRawAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims()), "{ this is not json");

        Assert.Equal((HttpStatusCode.BadRequest, "The body is not a valid activity."), (status, message));
    }

    [Fact]
    public async Task Post_ValidTokenAndNoActivityType_IsABadRequest()
    {
        var (status, message) = await PostRawAsync(TestSigningAuthority.Sign(bot.Authority.TeamsKey, BotFrameworkClaims()), "{}");

        Assert.Equal((HttpStatusCode.BadRequest, "The activity has no type."), (status, message));
    }

    [Fact]
    public async Task Post_NoTokenAndTooLargeAContentLength_IsTooLargeFirst()
    {
        // The size is decided before the token: both come from the headers, and the size costs nothing to check.
        var body = new string(' ', (int)MessagesEndpoint.MaxBodyBytes + 1);

        var (status, _) = await PostRawAsync(null, body, body.Length);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    private async Task AssertRefusedAsync(string? token, string tenant = ProductionBotFixture.AllowedTenant)
    {
        var (status, conversation, body) = await PostWithBodyAsync(token, tenant);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("Unauthorized.", body.GetProperty("error").GetProperty("message").GetString());
        Assert.DoesNotContain(bot.ConnectorPosts, p => p.Contains(conversation, StringComparison.Ordinal));
    }

    private async Task<(HttpStatusCode Status, string Conversation)> PostAsync(string? token, string tenant = ProductionBotFixture.AllowedTenant)
    {
        var (status, conversation, _) = await PostWithBodyAsync(token, tenant);
        return (status, conversation);
    }

    private async Task<(HttpStatusCode Status, string Conversation, JsonElement Body)> PostWithBodyAsync(string? token, string tenant)
    {
        var conversation = "a-" + Guid.NewGuid().ToString("N");
        var activity = new
        {
            type = "message",
            id = "1700000000000",
            serviceUrl = ServiceUrl,
            channelId = "msteams",
            from = new { id = "29:user", name = "Adele Vance" },
            recipient = new { id = "28:" + ProductionBotFixture.AppId, name = "CouplingBot" },
            conversation = new { id = conversation, conversationType = "personal", tenantId = tenant },
            text = "help",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = JsonContent.Create(activity) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await bot.Bot.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, conversation, body);
    }

    private static Dictionary<string, object> BotFrameworkClaims(
        string issuer = BotFrameworkIssuer, string audience = ProductionBotFixture.AppId, string serviceUrl = ServiceUrl) => new()
    {
        ["iss"] = issuer,
        ["aud"] = audience,
        ["serviceurl"] = serviceUrl,
    };

    private static Dictionary<string, object> EntraClaims(string issuer, string tenant = ProductionBotFixture.AllowedTenant) => new()
    {
        ["iss"] = issuer,
        ["aud"] = ProductionBotFixture.AppId,
        ["tid"] = tenant,
        ["azp"] = ProductionBotFixture.CallerAppId,
        ["serviceurl"] = ServiceUrl,
    };

    private static string V1Issuer => $"https://sts.windows.net/{ProductionBotFixture.AllowedTenant}/";

    private static string V2Issuer => $"https://login.microsoftonline.com/{ProductionBotFixture.AllowedTenant}/v2.0";

    private async Task<(HttpStatusCode Status, string Message)> PostRawAsync(string? token, string body, long? contentLength = null)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        if (contentLength is { } length)
        {
            content.Headers.ContentLength = length;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await bot.Bot.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        var message = text.Length == 0 ? "" : JsonDocument.Parse(text).RootElement.GetProperty("error").GetProperty("message").GetString() ?? "";
        return (response.StatusCode, message);
    }
}
