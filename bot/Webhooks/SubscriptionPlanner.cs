using CouplingBot.Engine.BusinessCentral;

namespace CouplingBot.Bot.Webhooks;

/// <summary>
/// Decides, without any I/O, what to do with Business Central's webhook subscriptions given the current list,
/// the resources we want notifications for and the time. A subscription is ours when its notification URL is
/// ours; every other subscription belongs to another app and is never touched.
/// </summary>
/// <remarks>
/// For each wanted resource the live subscription of ours that lapses last is kept (ties broken by id, so two
/// instances of the bot deciding at once keep the same one) and renewed once less than <see cref="RenewWithin"/>
/// remains, or when its client state is not the configured one (notifications would be refused). Our other
/// subscriptions are deleted: duplicates, lapsed ones and those for resources no longer wanted. A wanted
/// resource with no live subscription is created.
/// </remarks>
public static class SubscriptionPlanner
{
    /// <summary>A subscription is renewed when less than this remains of its three days.</summary>
    public static readonly TimeSpan RenewWithin = TimeSpan.FromDays(1);

    /// <summary>The plan for one round.</summary>
    /// <param name="existing">Every subscription Business Central lists, ours and other apps'.</param>
    /// <param name="wanted">The resources to be notified about, e.g. <c>/api/v2.0/companies({id})/customers</c>.</param>
    /// <param name="notificationUrl">Our notification URL.</param>
    /// <param name="clientState">Our client state.</param>
    /// <param name="now">The current time.</param>
    public static SubscriptionPlan Plan(
        IEnumerable<BusinessCentralSubscription> existing, IEnumerable<string> wanted, Uri notificationUrl, string clientState, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(notificationUrl);
        ArgumentNullException.ThrowIfNull(clientState);

        var wantedResources = wanted.Select(WebhookResources.Normalize).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var ours = existing.Where(s => SameUrl(s.NotificationUrl, notificationUrl)).ToList();
        List<string> create = [];
        List<BusinessCentralSubscription> renew = [], keep = [];
        var delete = ours.Where(s => !wantedResources.Contains(WebhookResources.Normalize(s.Resource), StringComparer.OrdinalIgnoreCase)).ToList();

        foreach (var resource in wantedResources)
        {
            var mine = ours.Where(s => string.Equals(WebhookResources.Normalize(s.Resource), resource, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(s => s.ExpiresOn ?? DateTimeOffset.MinValue)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .ToList();
            var live = mine.FirstOrDefault(s => s.ExpiresOn is not { } expires || expires > now);
            delete.AddRange(mine.Where(s => !ReferenceEquals(s, live)));
            if (live is null)
            {
                create.Add(resource);
            }
            else if (live.ExpiresOn is not { } expires || expires - now < RenewWithin || !string.Equals(live.ClientState, clientState, StringComparison.Ordinal))
            {
                renew.Add(live);
            }
            else
            {
                keep.Add(live);
            }
        }

        return new SubscriptionPlan(create, renew, delete, keep);
    }

    /// <summary>True when two notification URLs name the same endpoint (case and a trailing slash aside).</summary>
    public static bool SameUrl(Uri left, Uri right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return string.Equals(Comparable(left), Comparable(right), StringComparison.OrdinalIgnoreCase);
    }

    private static string Comparable(Uri url) =>
        url.IsAbsoluteUri ? url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped).TrimEnd('/') : url.OriginalString.TrimEnd('/');
}
