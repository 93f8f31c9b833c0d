using System.Diagnostics.CodeAnalysis;

namespace CouplingBot.Bot.Auth;

/// <summary>The outcome of validating the token alone: the validated token, or why it was refused.</summary>
/// <param name="Token">The validated token; null when refused.</param>
/// <param name="Reason">Why it was refused (never token content); null when valid.</param>
public sealed record InboundTokenResult(ValidatedToken? Token, string? Reason)
{
    /// <summary>True when the token passed every check that does not need the activity.</summary>
    [MemberNotNullWhen(true, nameof(Token))]
    public bool IsValid => Token is not null;

    /// <summary>The token is valid.</summary>
    public static InboundTokenResult Valid(ValidatedToken token) => new(token ?? throw new ArgumentNullException(nameof(token)), null);

    /// <summary>The token is refused for <paramref name="reason"/>.</summary>
    public static InboundTokenResult Refused(string reason) => new(null, reason);
}
