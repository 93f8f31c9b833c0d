namespace CouplingBot.Engine.BusinessCentral;

/// <summary>A Business Central webhook subscription as the service holds it.</summary>
/// <param name="Id">The <c>subscriptionId</c>.</param>
/// <param name="NotificationUrl">Where Business Central posts notifications.</param>
/// <param name="Resource">What is watched, e.g. <c>/api/v2.0/companies({id})/customers</c>.</param>
/// <param name="ClientState">The secret sent back with every notification, if any.</param>
/// <param name="ExpiresOn">When it lapses unless renewed (three days after creation or renewal).</param>
/// <param name="ETag">The version, for <c>If-Match</c> on renew and delete.</param>
public sealed record BusinessCentralSubscription(
    string Id, Uri NotificationUrl, string Resource, string? ClientState, DateTimeOffset? ExpiresOn, string ETag);
