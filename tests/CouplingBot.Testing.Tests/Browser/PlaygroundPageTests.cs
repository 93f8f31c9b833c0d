using CouplingBot.Testing.Browser;
using CouplingBot.Testing.Tests.FakeBot;
using CouplingBot.Testing.Tests.Playground;

namespace CouplingBot.Testing.Tests.Browser;

public sealed class PlaygroundPageTests(FakeBotPlayground playground) : IClassFixture<FakeBotPlayground>
{
    [Fact]
    public async Task ClickCardButtonAsync_ExecuteWithInputs_ReplacesCardInPlace()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var browser = await ChromiumBrowser.LaunchAsync(ct);
        var page = await browser.OpenPlaygroundAsync(playground.Server.BaseUrl, ct);

        await page.SendMessageAsync("hello-browser", ct);
        await page.WaitForCardAsync("Card for hello-browser", cancellationToken: ct);
        var cardsBefore = await page.Cards.CountAsync();
        await page.ChooseAsync("Beta", cancellationToken: ct);
        await page.SetToggleAsync("Flag it", on: true, ct);
        await page.ClickCardButtonAsync(FakeBotCards.ExecuteTitle, ct);
        await page.WaitForCardAsync("Pressed press: pick=beta, flag=true", cancellationToken: ct);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", $"{nameof(PlaygroundPageTests)}.png");
        await page.ScreenshotAsync(screenshot, ct);

        Assert.Equal(cardsBefore, await page.Cards.CountAsync());
        Assert.Equal(0, await page.Cards.Filter(new() { HasText = "Card for hello-browser" }).CountAsync());
        Assert.Equal(1, await page.Cards.Filter(new() { HasText = "Pressed press: pick=beta, flag=true" }).CountAsync());
        var png = await File.ReadAllBytesAsync(screenshot, ct);
        Assert.True(png.Length > 1000);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }
}
