using CouplingBot.Bot.Webhooks;

namespace CouplingBot.Bot.Tests.Webhooks;

public class WebhookOptionsValidatorTests
{
    private readonly WebhookOptionsValidator _validator = new();

    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "secret")]
    [InlineData("https://contoso-bot.azurewebsites.net/api/webhooks/businesscentral", "secret")]
    [InlineData("http://127.0.0.1:3978/api/webhooks/businesscentral", "secret")]
    [InlineData("http://localhost:3978/api/webhooks/businesscentral", "secret")]
    [InlineData("http://[::1]:3978/api/webhooks/businesscentral", "secret")]
    public void Validate_GoodSettings_Succeed(string? url, string? state) =>
        Assert.True(_validator.Validate(null, Options(url, state)).Succeeded);

    [Theory]
    [InlineData("/api/webhooks/businesscentral", "absolute URL")]
    [InlineData("http://contoso-bot.azurewebsites.net/api/webhooks/businesscentral", "https")]
    [InlineData("ftp://127.0.0.1/api/webhooks/businesscentral", "https")]
    public void Validate_BadNotificationUrl_FailsNamingTheSetting(string url, string reason)
    {
        var result = _validator.Validate(null, Options(url, "secret"));

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:NotificationUrl", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(reason, result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_NotificationUrlWithoutClientState_FailsNamingBoth(string? state)
    {
        var result = _validator.Validate(null, Options("https://contoso-bot.azurewebsites.net/api/webhooks/businesscentral", state));

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:ClientState is required when Webhooks:NotificationUrl is set", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:01:00")]
    [InlineData("12:00:01")]
    public void Validate_CheckIntervalOutOfRange_FailsNamingTheSetting(string interval)
    {
        var options = Options(null, null);
        options.CheckInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture);

        var result = _validator.Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Webhooks:CheckInterval", result.FailureMessage, StringComparison.Ordinal);
    }

    private static WebhookOptions Options(string? url, string? state) =>
        new() { NotificationUrl = url is null ? null : new Uri(url, UriKind.RelativeOrAbsolute), ClientState = state };
}
