using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Mappings;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Webhooks;

/// <summary>
/// Keeps the bot's own Business Central webhook subscriptions alive when <see cref="WebhookOptions.NotificationUrl"/>
/// is set: one per incrementally synchronized mapping whose entity set notifies (<see cref="WebhookResources"/>).
/// Every <see cref="WebhookOptions.CheckInterval"/> it lists the subscriptions, lets <see cref="SubscriptionPlanner"/>
/// decide, and creates, renews and deletes accordingly. A failure is logged and retried on a later round; it never
/// stops the bot, whose scheduled incremental sync still picks the changes up.
/// </summary>
/// <remarks>
/// Business Central calls the notification URL (the handshake) while a subscription is created or renewed, so the
/// first round waits until the web server listens (<see cref="IHostApplicationLifetime.ApplicationStarted"/>).
/// </remarks>
public sealed partial class WebhookSubscriptionKeeper(
    BusinessCentralSubscriptions subscriptions,
    MappingCatalog catalog,
    IOptions<WebhookOptions> options,
    IOptions<IncrementalSyncOptions> incremental,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<WebhookSubscriptionKeeper> logger) : BackgroundService
{
    /// <summary>How soon a round that failed is tried again, if <see cref="WebhookOptions.CheckInterval"/> is longer.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Subscribes)
        {
            WebhookLog.NotSubscribing(logger);
            return;
        }

        if (!await WaitForStartAsync(stoppingToken).ConfigureAwait(false))
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var succeeded = await RunRoundAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Pause(succeeded), time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>The wait before the next round.</summary>
    private TimeSpan Pause(bool succeeded) =>
        succeeded || options.Value.CheckInterval < RetryAfterFailure ? options.Value.CheckInterval : RetryAfterFailure;

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        try
        {
            await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
