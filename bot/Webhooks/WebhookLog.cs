using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Webhooks;

/// <summary>The webhook subscriptions' log messages (event ids 2100-2199). The client state is never logged.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(2101, LogLevel.Information, "Webhooks:NotificationUrl is empty: the bot creates no Business Central webhook subscriptions")]
    public static partial void NotSubscribing(ILogger logger);

    [LoggerMessage(2102, LogLevel.Information, "Subscribed {NotificationUrl} to Business Central changes of {Resource} (subscription {SubscriptionId}, expires {ExpiresOn:u})")]
    public static partial void Created(ILogger logger, Uri notificationUrl, string resource, string subscriptionId, DateTimeOffset? expiresOn);

    [LoggerMessage(2103, LogLevel.Information, "Renewed Business Central subscription {SubscriptionId} for {Resource} until {ExpiresOn:u}")]
    public static partial void Renewed(ILogger logger, string subscriptionId, string resource, DateTimeOffset? expiresOn);

    [LoggerMessage(2104, LogLevel.Information, "Deleted Business Central subscription {SubscriptionId} for {Resource}: not wanted, lapsed or a duplicate")]
    public static partial void Deleted(ILogger logger, string subscriptionId, string resource);

    [LoggerMessage(2105, LogLevel.Information, "Business Central subscription {SubscriptionId} for {Resource} is gone (expired or deleted there); creating a new one")]
    public static partial void Vanished(ILogger logger, string subscriptionId, string resource);

    [LoggerMessage(2106, LogLevel.Warning,
        "Could not {Action} the Business Central subscription for {Resource} at {NotificationUrl}: {Reason} "
        + "Check that Webhooks:NotificationUrl is the bot's public address, reachable from Business Central, and that the bot may use the subscriptions API; "
        + "retrying in {RetryIn}. Until then changes arrive with the scheduled incremental sync.")]
    public static partial void ActionFailed(ILogger logger, Exception exception, string action, string resource, Uri notificationUrl, string reason, TimeSpan retryIn);

    [LoggerMessage(2107, LogLevel.Warning,
        "Could not check the Business Central webhook subscriptions: {Reason} Retrying in {RetryIn}; until then changes arrive with the scheduled incremental sync.")]
    public static partial void RoundFailed(ILogger logger, Exception exception, string reason, TimeSpan retryIn);

    [LoggerMessage(2108, LogLevel.Information, "No configured mapping's Business Central entity set sends webhook notifications (only customers and currencies do); no subscription is wanted")]
    public static partial void NothingWanted(ILogger logger);

    [LoggerMessage(2109, LogLevel.Debug, "Business Central subscription {SubscriptionId} was changed by someone else meanwhile; it is looked at again next round")]
    public static partial void ChangedMeanwhile(ILogger logger, string subscriptionId);
}
