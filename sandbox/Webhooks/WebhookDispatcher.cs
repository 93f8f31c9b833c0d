using System.Net.Http.Json;
using System.Threading.Channels;
using CouplingBot.Sandbox.ChangeTracking;
using CouplingBot.Sandbox.Storage;
using Microsoft.Extensions.Options;

namespace CouplingBot.Sandbox.Webhooks;

/// <summary>
/// Sends BC webhook notifications in the background. Each commit of the BC store wakes it; it diffs the store against
/// the state it saw last (rows written since: created or updated; tombstones since: deleted), queues the changes per
/// live subscription of the table, and POSTs each queue once it is due. 2xx ends a delivery; 408, 429, 5xx or no
/// answer are retried up to <see cref="WebhookOptions.MaxDeliveryAttempts"/>; any other status deletes the
/// subscription. Expired subscriptions collect nothing and their queues are dropped. One loop, so its state needs no lock.
/// </summary>
public sealed class WebhookDispatcher : BackgroundService
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<string, PendingNotification> _pending = new(StringComparer.Ordinal);
    private readonly EntityStore _bc;
    private readonly SubscriptionStore _subscriptions;
    private readonly IHttpClientFactory _clients;
    private readonly WebhookOptions _options;
    private readonly TimeProvider _time;
    private StoreSnapshot _seen;

    /// <summary>Creates the dispatcher and starts listening to BC commits.</summary>
    public WebhookDispatcher(SandboxData data, SubscriptionStore subscriptions, IHttpClientFactory clients, IOptions<SandboxOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        _bc = data.BusinessCentral;
        _subscriptions = subscriptions;
        _clients = clients;
        _options = options.Value.Webhooks;
        _time = time;
        _seen = _bc.Current;
        _bc.Committed += OnCommitted;
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _bc.Committed -= OnCommitted;
        base.Dispose();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Collect();
            await DeliverDueAsync(stoppingToken).ConfigureAwait(false);
            await WaitAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private void OnCommitted(StoreSnapshot before, StoreSnapshot after) => _signal.Writer.TryWrite(true);

    private void Collect()
    {
        var current = _bc.Current;
        var now = _time.GetUtcNow();
        foreach (var subscription in _subscriptions.All.Where(s => s.Expiration > now))
        {
            var changes = TableChanges.Since(current, subscription.Table, Math.Max(_seen.LastVersion, subscription.StoreVersion));
            if (changes.IsEmpty)
            {
                continue;
            }

            if (!_pending.TryGetValue(subscription.Id, out var pending))
            {
                _pending[subscription.Id] = pending = new PendingNotification(subscription.Id, now, now + _options.NotificationDelay);
            }

            var before = _seen.Table(subscription.Table);
            foreach (var row in changes.Written)
            {
                var modified = row["lastModifiedDateTime"] as DateTimeOffset? ?? now;
                pending.Add(before.ContainsKey(row.Id) ? "updated" : "created", row.Id, modified, _options.CollectionThreshold);
            }

            foreach (var (id, _) in changes.Deleted)
            {
                pending.Add("deleted", id, now, _options.CollectionThreshold);
            }
        }

        _seen = current;
    }

    private async Task DeliverDueAsync(CancellationToken stoppingToken)
    {
        var now = _time.GetUtcNow();
        foreach (var pending in _pending.Values.Where(p => p.Due <= now).ToList())
        {
            var subscription = _subscriptions.Find(pending.SubscriptionId);
            if (subscription is null || subscription.Expiration <= now)
            {
                _pending.Remove(pending.SubscriptionId);
                continue;
            }

            var status = await SendAsync(subscription, pending, now, stoppingToken).ConfigureAwait(false);
            pending.Attempts++;
            var retryable = status is null or 408 or 429 or >= 500;
            if (status is >= 200 and < 300 || (retryable && pending.Attempts >= _options.MaxDeliveryAttempts))
            {
                _pending.Remove(pending.SubscriptionId);
            }
            else if (retryable)
            {
                pending.Due = now + _options.RetryDelay;
            }
            else
            {
                _pending.Remove(pending.SubscriptionId);
                _subscriptions.Remove(subscription.Id);
            }
        }
    }

    private async Task<int?> SendAsync(Subscription subscription, PendingNotification pending, DateTimeOffset now, CancellationToken stoppingToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        deadline.CancelAfter(_options.DeliveryTimeout);
        try
        {
            using var client = _clients.CreateClient(WebhookHandshake.ClientName);
            using var response = await client.PostAsJsonAsync(subscription.NotificationUrl, pending.Body(subscription, _options.CollectionThreshold, now), deadline.Token)
                .ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        var next = _pending.Count == 0 ? (DateTimeOffset?)null : _pending.Values.Min(p => p.Due);
        var delay = next is { } due ? TimeSpan.FromTicks(Math.Max(0, (due - _time.GetUtcNow()).Ticks)) : Timeout.InfiniteTimeSpan;
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var signal = _signal.Reader.WaitToReadAsync(wake.Token).AsTask();
        var timer = Task.Delay(delay, _time, wake.Token);
        await Task.WhenAny(signal, timer).ConfigureAwait(false);
        await wake.CancelAsync().ConfigureAwait(false);
        _signal.Reader.TryRead(out _);
    }
}
