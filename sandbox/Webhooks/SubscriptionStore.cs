using System.Collections.Concurrent;

namespace CouplingBot.Sandbox.Webhooks;

/// <summary>The webhook subscriptions, in memory (they do not survive a restart, and a reset keeps them).</summary>
public sealed class SubscriptionStore
{
    private readonly ConcurrentDictionary<string, Subscription> _items = new(StringComparer.Ordinal);

    /// <summary>All subscriptions, oldest first.</summary>
    public IReadOnlyList<Subscription> All => [.. _items.Values.OrderBy(s => s.Created).ThenBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary>A subscription by id, or null.</summary>
    public Subscription? Find(string id) => _items.GetValueOrDefault(id);

    /// <summary>Adds or replaces a subscription.</summary>
    public void Put(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        _items[subscription.Id] = subscription;
    }

    /// <summary>Replaces <paramref name="expected"/> with <paramref name="next"/> unless it changed meanwhile.</summary>
    public bool TryUpdate(Subscription expected, Subscription next)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(next);
        return _items.TryUpdate(expected.Id, next, expected);
    }

    /// <summary>Removes a subscription; false when it did not exist.</summary>
    public bool Remove(string id) => _items.TryRemove(id, out _);
}
