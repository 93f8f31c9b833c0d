namespace CouplingBot.Bot.Auth;

/// <summary>
/// A bearer token whose signature, algorithm, issuer, audience, lifetime and calling app were checked:
/// what the activity it came with must still agree with (see <see cref="IInboundTokenValidator.CheckActivity"/>).
/// </summary>
/// <param name="IsBotFramework">True for a token of the Bot Framework channel (issuer <c>https://api.botframework.com</c>), false for Entra.</param>
/// <param name="TenantId">The token's <c>tid</c> claim; null when it has none (Bot Framework tokens).</param>
/// <param name="ServiceUrl">The token's <c>serviceurl</c> claim; null when it has none.</param>
/// <param name="Endorsements">The channels the signing key is endorsed for (Bot Framework keys); empty when the key names none.</param>
public sealed record ValidatedToken(bool IsBotFramework, string? TenantId, string? ServiceUrl, IReadOnlyList<string> Endorsements);
