namespace CouplingBot.Bot.Webhooks;

/// <summary>Business Central webhook notifications and subscriptions (section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Webhooks";

    /// <summary>
    /// The secret given as <c>clientState</c> when subscribing; notifications that don't carry it are
    /// refused. Empty turns the endpoint off (notifications answer 404).
    /// </summary>
    public string? ClientState { get; set; }

    /// <summary>
    /// The public address of <see cref="BusinessCentralWebhookEndpoint.Path"/> as Business Central must call it,
    /// e.g. <c>https://contoso-bot.azurewebsites.net/api/webhooks/businesscentral</c>. When set, the bot keeps its own
    /// subscriptions (<see cref="WebhookSubscriptionKeeper"/>); empty, it subscribes to nothing.
    /// </summary>
    public Uri? NotificationUrl { get; set; }

    /// <summary>How often the subscriptions are checked and renewed (default an hour; at most 12 hours).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>True when the bot should create and renew subscriptions.</summary>
    public bool Subscribes => NotificationUrl is not null && NotificationUrl.OriginalString.Length > 0;
}
