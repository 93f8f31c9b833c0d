using System.Text.Json.Serialization;

namespace CouplingBot.Bot.Webhooks;

/// <summary>The body Business Central posts to a webhook: one entry per change, or a "collection" entry for a burst.</summary>
public sealed record BusinessCentralNotifications([property: JsonPropertyName("value")] IReadOnlyList<BusinessCentralNotification>? Value);

/// <summary>One notification: which subscription, which resource, what kind of change.</summary>
public sealed record BusinessCentralNotification(
    [property: JsonPropertyName("subscriptionId")] string? SubscriptionId,
    [property: JsonPropertyName("clientState")] string? ClientState,
    [property: JsonPropertyName("resource")] string? Resource,
    [property: JsonPropertyName("changeType")] string? ChangeType);
