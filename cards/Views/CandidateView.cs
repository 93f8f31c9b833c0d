namespace CouplingBot.Cards.Views;

/// <summary>A Sales account that may be the customer, as ranked by the engine.</summary>
/// <param name="AccountId">The Sales account id.</param>
/// <param name="Name">The account name.</param>
/// <param name="Score">How well it matches, 0 to 100.</param>
/// <param name="Reasons">Why it matches, e.g. "same phone".</param>
/// <param name="Location">Where the account is, e.g. "Birmingham, GB"; null when unknown.</param>
public sealed record CandidateView(string AccountId, string Name, int Score, IReadOnlyList<string> Reasons, string? Location);
