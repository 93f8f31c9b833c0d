using CouplingBot.Engine.BusinessCentral;

namespace CouplingBot.Bot.Webhooks;

/// <summary>What one round of <see cref="WebhookSubscriptionKeeper"/> does to Business Central's subscriptions.</summary>
/// <param name="Create">Wanted resources that have no live subscription of ours.</param>
/// <param name="Renew">Our subscriptions to keep that lapse soon or carry an old client state.</param>
/// <param name="Delete">Our subscriptions that are not wanted, lapsed or duplicates.</param>
/// <param name="Keep">Our subscriptions that need nothing this round.</param>
public sealed record SubscriptionPlan(
    IReadOnlyList<string> Create,
    IReadOnlyList<BusinessCentralSubscription> Renew,
    IReadOnlyList<BusinessCentralSubscription> Delete,
    IReadOnlyList<BusinessCentralSubscription> Keep)
{
    /// <summary>True when nothing is to be sent.</summary>
    public bool IsEmpty => Create.Count == 0 && Renew.Count == 0 && Delete.Count == 0;
}
