namespace CouplingBot.Sandbox.Webhooks;

/// <summary>Business Central webhook settings (section <c>Sandbox:Webhooks</c>); defaults are BC online's.</summary>
public sealed class WebhookOptions
{
    /// <summary>Wait after the first change of a subscription before notifying (BC: 30 s); <c>NotificationDelay</c>.</summary>
    public TimeSpan NotificationDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>More changes than this within the delay become one <c>collection</c> notification (BC: 1000).</summary>
    public int CollectionThreshold { get; set; } = 1000;

    /// <summary>Lifetime of a subscription from its creation or last renewal (BC: 3 days).</summary>
    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long the notification URL has to answer the validation handshake.</summary>
    public TimeSpan HandshakeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one notification delivery may take.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per notification when the receiver answers a retryable status (408, 429, 5xx) or not at all.</summary>
    public int MaxDeliveryAttempts { get; set; } = 3;

    /// <summary>Wait between attempts (BC retries over 36 hours; the sandbox keeps it short).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
