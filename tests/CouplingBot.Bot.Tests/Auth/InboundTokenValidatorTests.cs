using CouplingBot.Bot.Auth;
using CouplingBot.Bot.Hosting;
using CouplingBot.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Tests.Auth;

/// <summary>The validator alone: what the endpoint tests cannot reach through a running bot.</summary>
public sealed class InboundTokenValidatorTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private readonly TestSigningAuthority _authority = new();
    private readonly ServiceProvider _services;

    public InboundTokenValidatorTests()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName).ConfigurePrimaryHttpMessageHandler(_authority.CreateHandler);
        _services = services.BuildServiceProvider();
    }

    [Fact]
    public async Task ValidateToken_ValidToken_CarriesItsClaimsAndKeyEndorsements()
    {
        var result = await Validator(TestSigningAuthority.BotFrameworkMetadataUrl).ValidateTokenAsync("Bearer " + Token(), Cancel);

        Assert.True(result.IsValid, result.Reason);
        Assert.True(result.Token.IsBotFramework);
        Assert.Equal(ServiceUrl, result.Token.ServiceUrl);
        Assert.Equal(["msteams"], result.Token.Endorsements);
    }

    [Fact]
    public async Task CheckActivity_ValidTokenOfTheActivity_IsAccepted()
    {
        var validator = Validator(TestSigningAuthority.BotFrameworkMetadataUrl);
        var token = await validator.ValidateTokenAsync("Bearer " + Token(), Cancel);

        var result = validator.CheckActivity(token.Token!, Context());

        Assert.True(result.IsAccepted, result.Reason);
    }

    [Fact]
    public async Task ValidateToken_MetadataUnavailable_IsRefusedWithoutThrowing()
    {
        var result = await Validator("https://login.test/nowhere/openidconfiguration").ValidateTokenAsync("Bearer " + Token(), Cancel);

        Assert.False(result.IsValid);
        Assert.Equal("the signing keys could not be loaded", result.Reason);
    }

    [Fact]
    public void CheckActivity_ActivityWithoutChannel_IsRefused()
    {
        var result = Validator(TestSigningAuthority.BotFrameworkMetadataUrl).CheckActivity(
            new ValidatedToken(true, null, ServiceUrl, ["msteams"]), Context() with { ChannelId = null });

        Assert.False(result.IsAccepted);
        Assert.Equal("the signing key is not endorsed for the activity's channel", result.Reason);
    }

    [Fact]
    public void CheckActivity_EntraTokenWithoutServiceUrl_IsAcceptedForAnyServiceUrl()
    {
        var result = Validator(TestSigningAuthority.BotFrameworkMetadataUrl).CheckActivity(
            new ValidatedToken(false, ProductionBotFixture.AllowedTenant, null, []), Context() with { ChannelId = null });

        Assert.True(result.IsAccepted, result.Reason);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("")]
    public async Task ValidateToken_NoBearerToken_IsRefused(string authorization)
    {
        var result = await Validator(TestSigningAuthority.BotFrameworkMetadataUrl).ValidateTokenAsync(authorization, Cancel);

        Assert.Equal("no bearer token", result.Reason);
    }

    [Fact]
    public async Task ValidateToken_EntraTokenOfAnyApp_IsValidWhenNoCallerIsConfigured()
    {
        var result = await Validator(TestSigningAuthority.BotFrameworkMetadataUrl).ValidateTokenAsync("Bearer " + EntraToken("azp", "any-app"), Cancel);

        Assert.True(result.IsValid, result.Reason);
        Assert.False(result.Token.IsBotFramework);
        Assert.Equal(ProductionBotFixture.AllowedTenant, result.Token.TenantId);
    }

    [Theory]
    [InlineData("azp", "another-app", false)]
    [InlineData("appid", "another-app", false)]
    [InlineData("azp", "CALLER-APP", true)]
    [InlineData("appid", "caller-app", true)]
    public async Task ValidateToken_EntraTokenWithCallersConfigured_AcceptsOnlyThoseApps(string claim, string app, bool valid)
    {
        var result = await Validator(TestSigningAuthority.BotFrameworkMetadataUrl, "caller-app").ValidateTokenAsync("Bearer " + EntraToken(claim, app), Cancel);

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid ? null : "the token was issued to an app that may not call the bot", result.Reason);
    }

    public void Dispose()
    {
        _services.Dispose();
        _authority.Dispose();
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InboundTokenValidator Validator(string botFrameworkMetadataUrl, params string[] callers)
    {
        var options = new BotOptions
        {
            AppId = ProductionBotFixture.AppId,
            OpenIdMetadataUrl = new Uri(botFrameworkMetadataUrl),
            EntraMetadataUrl = new Uri(TestSigningAuthority.EntraMetadataUrl),
        };
        foreach (var caller in callers)
        {
            options.AllowedCallerAppIds.Add(caller);
        }

        return new InboundTokenValidator(
            Options.Create(options), _services.GetRequiredService<IHttpClientFactory>(), NullLogger<InboundTokenValidator>.Instance);
    }

    private string Token() => TestSigningAuthority.Sign(_authority.TeamsKey, new Dictionary<string, object>
    {
        ["iss"] = InboundTokenValidator.BotFrameworkIssuer,
        ["aud"] = ProductionBotFixture.AppId,
        ["serviceurl"] = ServiceUrl,
    });

    private string EntraToken(string callerClaim, string callerApp) => TestSigningAuthority.Sign(_authority.EntraKey, new Dictionary<string, object>
    {
        ["iss"] = $"https://login.microsoftonline.com/{ProductionBotFixture.AllowedTenant}/v2.0",
        ["aud"] = ProductionBotFixture.AppId,
        ["tid"] = ProductionBotFixture.AllowedTenant,
        [callerClaim] = callerApp,
    });

    private static InboundActivityContext Context() => new("msteams", ServiceUrl, ProductionBotFixture.AllowedTenant);
}
