using System.Net;
using static CouplingBot.Sandbox.Tests.Protection.LimitedHost;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Protection;

public sealed class BearerTokenTests : IAsyncLifetime
{
    private SandboxHost? _host;

    private SandboxHost Host => _host!;

    public async ValueTask InitializeAsync() => _host = await StartAsync(null, "RequiredBearerToken=s3cret");

    public async ValueTask DisposeAsync() => await _host!.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task BusinessCentral_WithoutTheToken_401InvalidCredentials(string? token)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, UkCustomers, null, token is null ? [] : [As(token)]);

        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        var (code, message) = await ErrorAsync(response, 401);
        Assert.Equal("Authentication_InvalidCredentials", code);
        Assert.Contains("CorrelationId:", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    public async Task Dataverse_WithoutTheToken_401WithHexCode(string? token)
    {
        using var response = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts", null, token is null ? [] : [As(token)]);

        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        Assert.StartsWith("0x", (await ErrorAsync(response, 401)).Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BothServices_WithTheToken_200()
    {
        using var bc = await Host.SendAsync(HttpMethod.Get, UkCustomers, null, As("s3cret"));
        using var dv = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts", null, As("s3cret"));

        Assert.Equal(HttpStatusCode.OK, bc.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dv.StatusCode);
    }

    [Fact]
    public async Task ControlAndPage_WithoutToken_200()
    {
        var stats = await GetManyAsync(Host, "_sandbox/stats", 2);
        var page = await GetManyAsync(Host, "", 1);

        Assert.Equal([200, 200], stats);
        Assert.Equal([200], page);
    }
}
