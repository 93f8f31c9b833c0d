namespace CouplingBot.Cards.Views;

/// <summary>The Sales account a customer is coupled to, and the last synchronization.</summary>
/// <param name="SalesAccountId">The Sales account id.</param>
/// <param name="SalesAccountName">The Sales account name.</param>
/// <param name="LastSyncedAt">When the pair was last synchronized; null when never.</param>
/// <param name="LastSyncSummary">A short summary of the last synchronization, e.g. "2 fields updated in Sales".</param>
public sealed record CouplingView(string SalesAccountId, string SalesAccountName, DateTimeOffset? LastSyncedAt, string? LastSyncSummary);
