using CouplingBot.Bot.Hosting;

namespace CouplingBot.Bot.Tests.Hosting;

public class LoopbackGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://[::1]:3978", true)]
    [InlineData("http://127.0.0.2:80", true)]
    [InlineData("http://0.0.0.0:3978", false)]
    [InlineData("http://*:3978", false)]
    [InlineData("http://+:3978", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    [InlineData("http://192.168.1.20:3978", false)]
    [InlineData("not a url", false)]
    public void IsLoopback(string url, bool expected) => Assert.Equal(expected, LoopbackGuard.IsLoopback(url));

    [Fact]
    public void EnsureLoopbackUrls_AnyExposedAddress_RefusesNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => LoopbackGuard.EnsureLoopbackUrls(["http://127.0.0.1:3978", "http://0.0.0.0:3979"]));
        Assert.Contains("http://0.0.0.0:3979", error.Message, StringComparison.Ordinal);
    }
}
