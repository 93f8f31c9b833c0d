namespace CouplingBot.Bot.Auth;

/// <summary>
/// Decides whether an activity posted to <c>/api/messages</c> carries a valid token for it, in two steps so
/// the token is checked before the body is read: <see cref="ValidateTokenAsync"/> on the header alone, then
/// <see cref="CheckActivity"/> on the parsed activity. The signature is verified once, in the first step.
/// </summary>
public interface IInboundTokenValidator
{
    /// <summary>
    /// Validates the <c>Authorization</c> header (<c>Bearer</c> JWT): signature by a published key, RS256,
    /// issuer, audience, lifetime and, for Entra tokens, the calling app. Never throws for a bad token:
    /// the result says why it was refused.
    /// </summary>
    Task<InboundTokenResult> ValidateTokenAsync(string? authorization, CancellationToken cancellationToken);

    /// <summary>
    /// The rules that tie a validated token to the activity it came with: the key's endorsement of the
    /// channel, the <c>serviceurl</c> claim, and the tenant allow-list.
    /// </summary>
    InboundAuthResult CheckActivity(ValidatedToken token, InboundActivityContext activity);
}
