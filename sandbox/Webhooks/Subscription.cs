namespace CouplingBot.Sandbox.Webhooks;

/// <summary>
/// A webhook subscription: where to notify, what is watched (one company's entity set, i.e. store table
/// <paramref name="Table"/>), the client's state, when it expires, and the store version it was made (or renewed) at,
/// so earlier changes are never notified. <paramref name="Revision"/> feeds the ETag.
/// </summary>
public sealed record Subscription(
    string Id,
    Uri NotificationUrl,
    string Resource,
    Guid CompanyId,
    string EntitySet,
    string Table,
    string ClientState,
    DateTimeOffset Created,
    DateTimeOffset Modified,
    DateTimeOffset Expiration,
    long StoreVersion,
    long Revision)
{
    /// <summary>The opaque ETag, <c>W/"base64"</c> like BC's.</summary>
    public string ETag => "W/\"" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{Revision};{Id}")) + "\"";
}
