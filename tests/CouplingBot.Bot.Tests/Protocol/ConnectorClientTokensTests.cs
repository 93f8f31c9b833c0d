using CouplingBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Tests.Protocol;

public sealed class ConnectorClientTokensTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetToken_Repeatedly_AsksTheCredentialOnce_UntilFiveMinutesBeforeExpiry()
    {
        var time = new ManualTime(T0);
        var credential = new CountingCredential(time, TimeSpan.FromHours(1));
        using var tokens = new ConnectorClientTokens(credential, time);
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal("token-1", await tokens.GetTokenAsync(ct));
        time.Now = T0.AddMinutes(54);
        Assert.Equal("token-1", await tokens.GetTokenAsync(ct));
        Assert.Equal(1, credential.Calls);

        time.Now = T0.AddMinutes(55);
        Assert.Equal("token-2", await tokens.GetTokenAsync(ct));
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task GetToken_ManyCallersAtOnce_ShareOneRequest()
    {
        var credential = new CountingCredential(TimeProvider.System, TimeSpan.FromHours(1));
        using var tokens = new ConnectorClientTokens(credential, TimeProvider.System);

        var all = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => tokens.GetTokenAsync(TestContext.Current.CancellationToken).AsTask()));

        Assert.All(all, t => Assert.Equal("token-1", t));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task GetToken_LocalMode_IsNull()
    {
        using var tokens = new ConnectorClientTokens(Options.Create(new ConnectorClientOptions()), TimeProvider.System);

        Assert.False(tokens.SignsIn);
        Assert.Null(await tokens.GetTokenAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Credentials_AppIdWithSecret_SignInToTheConfiguredTenant_ElseBotFramework()
    {
        var multiTenant = new ConnectorClientOptions { AppId = "app", AppPassword = "secret" };
        var singleTenant = new ConnectorClientOptions { AppId = "app", ClientSecret = "secret", TenantId = "contoso.onmicrosoft.com" };

        Assert.IsType<Azure.Identity.ClientSecretCredential>(ConnectorClientCredentials.Create(multiTenant));
        Assert.Equal("botframework.com", multiTenant.Authority);
        Assert.IsType<Azure.Identity.ClientSecretCredential>(ConnectorClientCredentials.Create(singleTenant));
        Assert.Equal("contoso.onmicrosoft.com", singleTenant.Authority);
    }

    [Fact]
    public void Credentials_LocalModeOrNothingToSignInWith_AreNull()
    {
        Assert.Null(ConnectorClientCredentials.Create(new ConnectorClientOptions { AppPassword = "ignored without an app id" }));
        Assert.Null(ConnectorClientCredentials.Create(new ConnectorClientOptions { AppId = "app" }));
    }
}
