using CouplingBot.Bot.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Tests.Webhooks;

public class WebhookServiceCollectionExtensionsTests
{
    [Fact]
    public void Options_EmptyNotificationUrl_MeansNoSubscriptions()
    {
        var options = Resolve(new() { ["Webhooks:NotificationUrl"] = "", ["Webhooks:ClientState"] = "" });

        Assert.False(options.Subscribes);
        Assert.Equal(TimeSpan.FromHours(1), options.CheckInterval);
    }

    [Fact]
    public void Options_BoundFromConfiguration_Subscribe()
    {
        var options = Resolve(new()
        {
            ["Webhooks:NotificationUrl"] = "https://contoso-bot.azurewebsites.net/api/webhooks/businesscentral",
            ["Webhooks:ClientState"] = "secret",
            ["Webhooks:CheckInterval"] = "00:30:00",
        });

        Assert.True(options.Subscribes);
        Assert.Equal(new Uri("https://contoso-bot.azurewebsites.net/api/webhooks/businesscentral"), options.NotificationUrl);
        Assert.Equal(TimeSpan.FromMinutes(30), options.CheckInterval);
    }

    [Fact]
    public void Options_InvalidSettings_AreRefusedNamingTheSetting()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Resolve(new() { ["Webhooks:NotificationUrl"] = "http://contoso-bot.azurewebsites.net/api/webhooks/businesscentral", ["Webhooks:ClientState"] = "secret" }));

        Assert.Contains("Webhooks:NotificationUrl", error.Message, StringComparison.Ordinal);
    }

    private static WebhookOptions Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddBusinessCentralWebhooks();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<WebhookOptions>>().Value;
    }
}
