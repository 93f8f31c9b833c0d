namespace CouplingBot.Bot.Auth;

/// <summary>Decides whether an activity posted to <c>/api/messages</c> carries a valid token for it.</summary>
public interface IInboundTokenValidator
{
    /// <summary>
    /// Validates the <c>Authorization</c> header (<c>Bearer</c> JWT) against the activity it came
    /// with. Never throws for a bad token: the result says why it was refused.
    /// </summary>
    Task<InboundAuthResult> ValidateAsync(string? authorization, InboundActivityContext activity, CancellationToken cancellationToken);
}
