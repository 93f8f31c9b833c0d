namespace CouplingBot.Bot.Auth;

/// <summary>The outcome of validating an inbound token: accepted, or refused with a short reason.</summary>
/// <param name="IsAccepted">True when the activity may be processed.</param>
/// <param name="Reason">Why it was refused (never token content); null when accepted.</param>
public sealed record InboundAuthResult(bool IsAccepted, string? Reason)
{
    /// <summary>The token is valid for the activity.</summary>
    public static InboundAuthResult Accepted { get; } = new(true, null);

    /// <summary>The token is refused for <paramref name="reason"/>.</summary>
    public static InboundAuthResult Refused(string reason) => new(false, reason);
}
