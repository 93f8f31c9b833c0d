using System.Text.Json.Nodes;

namespace CouplingBot.Sandbox.Webhooks;

/// <summary>
/// The changes of one subscription waiting for delivery: due <see cref="WebhookOptions.NotificationDelay"/> after the
/// first one. Keeps at most threshold + 1 entries; beyond the threshold the delivery is one <c>collection</c> entry for
/// the whole set (filtered on <c>lastModifiedDateTime</c> since the first change), as BC does.
/// </summary>
public sealed class PendingNotification(string subscriptionId, DateTimeOffset firstChange, DateTimeOffset due)
{
    private readonly List<(string ChangeType, Guid Id, DateTimeOffset Modified)> _changes = [];

    /// <summary>The subscription.</summary>
    public string SubscriptionId { get; } = subscriptionId;

    /// <summary>When to deliver (next).</summary>
    public DateTimeOffset Due { get; set; } = due;

    /// <summary>Deliveries tried so far.</summary>
    public int Attempts { get; set; }

    /// <summary>How many changes were added (not capped).</summary>
    public int Count { get; private set; }

    /// <summary>Adds a change (kept only up to <paramref name="threshold"/> + 1 entries).</summary>
    public void Add(string changeType, Guid id, DateTimeOffset modified, int threshold)
    {
        Count++;
        if (_changes.Count <= threshold)
        {
            _changes.Add((changeType, id, modified));
        }
    }

    /// <summary>The notification body <c>{"value":[...]}</c> for <paramref name="subscription"/>.</summary>
    public JsonObject Body(Subscription subscription, int threshold, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var entity = $"api/v2.0/companies({subscription.CompanyId:D})/{subscription.EntitySet}";
        var items = Count > threshold
            ? [Entry(subscription, $"/{entity}?$filter=lastModifiedDateTime%20gt%20{SubscriptionJson.Time(firstChange.AddSeconds(-1))}", "collection", now)]
            : _changes.Select(c => Entry(subscription, $"{entity}({c.Id:D})", c.ChangeType, c.Modified)).ToArray();
        return new JsonObject { ["value"] = new JsonArray(items) };
    }

    private static JsonNode Entry(Subscription subscription, string resource, string changeType, DateTimeOffset modified) => new JsonObject
    {
        ["subscriptionId"] = subscription.Id,
        ["clientState"] = subscription.ClientState,
        ["expirationDateTime"] = SubscriptionJson.Time(subscription.Expiration),
        ["resource"] = resource,
        ["changeType"] = changeType,
        ["lastModifiedDateTime"] = SubscriptionJson.Time(modified),
    };
}
