using CouplingBot.Bot.Auth;
using CouplingBot.Bot.Hosting;
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
    public async Task ValidateAsync_ValidToken_IsAccepted()
    {
        var result = await Validator(TestSigningAuthority.BotFrameworkMetadataUrl).ValidateAsync("Bearer " + Token(), Context(), TestContext.Current.CancellationToken);

        Assert.True(result.IsAccepted, result.Reason);
    }

    [Fact]
    public async Task ValidateAsync_MetadataUnavailable_IsRefusedWithoutThrowing()
    {
        var result = await Validator("https://login.test/nowhere/openidconfiguration").ValidateAsync("Bearer " + Token(), Context(), TestContext.Current.CancellationToken);

        Assert.False(result.IsAccepted);
        Assert.Equal("the signing keys could not be loaded", result.Reason);
    }

    [Fact]
    public async Task ValidateAsync_ActivityWithoutChannel_IsRefused()
    {
        var result = await Validator(TestSigningAuthority.BotFrameworkMetadataUrl).ValidateAsync(
            "Bearer " + Token(), Context() with { ChannelId = null }, TestContext.Current.CancellationToken);

        Assert.False(result.IsAccepted);
        Assert.Equal("the signing key is not endorsed for the activity's channel", result.Reason);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    [InlineData("")]
    public async Task ValidateAsync_NoBearerToken_IsRefused(string authorization)
    {
        var result = await Validator(TestSigningAuthority.BotFrameworkMetadataUrl).ValidateAsync(authorization, Context(), TestContext.Current.CancellationToken);

        Assert.Equal("no bearer token", result.Reason);
    }

    public void Dispose()
    {
        _services.Dispose();
        _authority.Dispose();
    }

    private InboundTokenValidator Validator(string botFrameworkMetadataUrl)
    {
        var options = new BotOptions { AppId = ProductionBotFixture.AppId, OpenIdMetadataUrl = new Uri(botFrameworkMetadataUrl) };
        return new InboundTokenValidator(
            Options.Create(options), _services.GetRequiredService<IHttpClientFactory>(), NullLogger<InboundTokenValidator>.Instance);
    }

    private string Token() => TestSigningAuthority.Sign(_authority.TeamsKey, new Dictionary<string, object>
    {
        ["iss"] = InboundTokenValidator.BotFrameworkIssuer,
        ["aud"] = ProductionBotFixture.AppId,
        ["serviceurl"] = ServiceUrl,
    });

    private static InboundActivityContext Context() => new("msteams", ServiceUrl, ProductionBotFixture.AllowedTenant);
}
