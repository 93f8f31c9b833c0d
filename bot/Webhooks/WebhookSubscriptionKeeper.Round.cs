using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Bot.Webhooks;

/// <summary>One round: what is wanted, what exists, the plan, and carrying it out.</summary>
public sealed partial class WebhookSubscriptionKeeper
{
    /// <summary>Runs one round; false when any part of it failed (it was logged).</summary>
    internal async Task<bool> RunRoundAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var url = settings.NotificationUrl!;
        var state = settings.ClientState!;
        try
        {
            var wanted = await WantedAsync(cancellationToken).ConfigureAwait(false);
            var existing = await subscriptions.ListAsync(cancellationToken).ConfigureAwait(false);
            var plan = SubscriptionPlanner.Plan(existing, wanted.Keys, url, state, time.GetUtcNow());
            var succeeded = true;
            foreach (var subscription in plan.Renew)
            {
                succeeded &= await RenewAsync(subscription, wanted[WebhookResources.Normalize(subscription.Resource)], cancellationToken).ConfigureAwait(false);
            }

            foreach (var resource in plan.Create)
            {
                succeeded &= await CreateAsync(resource, wanted[resource], cancellationToken).ConfigureAwait(false);
            }

            foreach (var subscription in plan.Delete)
            {
                succeeded &= await DeleteAsync(subscription, cancellationToken).ConfigureAwait(false);
            }

            return succeeded;
        }
#pragma warning disable CA1031 // A failed round must never stop the bot; the next round tries again.
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            WebhookLog.RoundFailed(logger, ex, ex.Message, Pause(succeeded: false));
            return false;
        }
    }

    /// <summary>The resources to be notified about, each with its entity set: the incremental sync's mappings that notify.</summary>
    private async Task<Dictionary<string, EntitySet>> WantedAsync(CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, EntitySet>(StringComparer.OrdinalIgnoreCase);
        var settings = incremental.Value;
        var sets = settings.Enabled
            ? settings.EffectiveMappings.Select(catalog.TryGet).OfType<TableMapping>().Select(m => m.BusinessCentral).Where(WebhookResources.Notifies)
            : [];
        foreach (var set in sets.Distinct())
        {
            wanted[WebhookResources.Normalize(await subscriptions.ResourceOfAsync(set, cancellationToken).ConfigureAwait(false))] = set;
        }

        if (wanted.Count == 0)
        {
            WebhookLog.NothingWanted(logger);
        }

        return wanted;
    }

    private async Task<bool> RenewAsync(BusinessCentralSubscription subscription, EntitySet set, CancellationToken cancellationToken)
    {
        try
        {
            var renewed = await subscriptions.RenewAsync(subscription with { ClientState = options.Value.ClientState }, cancellationToken).ConfigureAwait(false);
            WebhookLog.Renewed(logger, renewed.Id, renewed.Resource, renewed.ExpiresOn);
            return true;
        }
        catch (RecordNotFoundException)
        {
            WebhookLog.Vanished(logger, subscription.Id, subscription.Resource);
            return await CreateAsync(subscription.Resource, set, cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            WebhookLog.ChangedMeanwhile(logger, subscription.Id);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsRecoverable(ex))
        {
            return Failed(ex, "renew", subscription.Resource);
        }
    }

    private async Task<bool> CreateAsync(string resource, EntitySet set, CancellationToken cancellationToken)
    {
        var url = options.Value.NotificationUrl!;
        try
        {
            var created = await subscriptions.CreateAsync(url, set, options.Value.ClientState, cancellationToken).ConfigureAwait(false);
            WebhookLog.Created(logger, url, created.Resource, created.Id, created.ExpiresOn);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsRecoverable(ex))
        {
            return Failed(ex, "create", resource);
        }
    }

    private async Task<bool> DeleteAsync(BusinessCentralSubscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            await subscriptions.DeleteAsync(subscription.Id, subscription.ETag, cancellationToken).ConfigureAwait(false);
            WebhookLog.Deleted(logger, subscription.Id, subscription.Resource);
            return true;
        }
        catch (RecordNotFoundException)
        {
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            WebhookLog.ChangedMeanwhile(logger, subscription.Id);
            return true;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsRecoverable(ex))
        {
            return Failed(ex, "delete", subscription.Resource);
        }
    }

    private bool Failed(Exception exception, string action, string resource)
    {
        WebhookLog.ActionFailed(logger, exception, action, resource, options.Value.NotificationUrl!, exception.Message, Pause(succeeded: false));
        return false;
    }

    /// <summary>Remote failures and timeouts: one subscription's failure must not keep the others from being looked after.</summary>
    private static bool IsRecoverable(Exception exception) =>
        exception is ServiceRequestException or HttpRequestException or OperationCanceledException or TimeoutException or System.Text.Json.JsonException;
}
