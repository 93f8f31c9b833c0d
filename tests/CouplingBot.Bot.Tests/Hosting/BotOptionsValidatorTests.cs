using CouplingBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Tests.Hosting;

/// <summary>Section <c>Bot</c> is checked when the bot starts.</summary>
public sealed class BotOptionsValidatorTests
{
    private const string AppId = "5b7c1f0e-2c1d-4c5e-9a0f-6d2b8e1a4c77";

    [Fact]
    public async Task Start_AppIdWithoutAnyCredential_FailsSayingWhatToSet()
    {
        await using var app = BotApp.Create(Settings($"--Bot:AppId={AppId}"));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Bot:AppId is set, but no credential is", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:AppPassword", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Bot:AppPassword=secret")]
    [InlineData("--Bot:ClientSecret=secret")]
    [InlineData("--Bot:CertificatePath=/certs/bot.pfx")]
    [InlineData("--Bot:CertificateThumbprint=0123456789ABCDEF")]
    public async Task Start_AppIdWithACredential_Starts(string credential)
    {
        await using var app = BotApp.Create(Settings($"--Bot:AppId={AppId}", credential));

        await app.StartAsync(TestContext.Current.CancellationToken);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Start_LocalModeWithoutCredential_Starts()
    {
        await using var app = BotApp.Create(Settings());

        await app.StartAsync(TestContext.Current.CancellationToken);
        await app.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("-00:00:01", false)]
    [InlineData("-00:00:00.001", true)]
    [InlineData("00:00:00", true)]
    public async Task Start_TypingDelay_MustBeZeroOrMoreOrInfinite(string delay, bool starts)
    {
        await using var app = BotApp.Create(Settings($"--Bot:TypingDelay={delay}"));

        var failure = await Record.ExceptionAsync(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Equal(starts, failure is null);
        if (starts)
        {
            await app.StopAsync(TestContext.Current.CancellationToken);
        }
        else
        {
            Assert.Contains("Bot:TypingDelay", Assert.IsType<OptionsValidationException>(failure).Message, StringComparison.Ordinal);
        }
    }

    private static string[] Settings(params string[] bot) =>
    [
        "--urls", "http://127.0.0.1:0",
        "--Logging:LogLevel:Default=None",
        "--BusinessCentral:ApiUrl=http://127.0.0.1:9/bc/v2.0/",
        "--BusinessCentral:Tenant=sandbox",
        "--Dataverse:Url=http://127.0.0.1:9/dataverse/",
        "--Storage:ConnectionString=UseDevelopmentStorage=true",
        "--Jobs:RunWorker=false",
        "--IncrementalSync:Enabled=false",
        "--Webhooks:ClientState=",
        .. bot,
    ];
}
