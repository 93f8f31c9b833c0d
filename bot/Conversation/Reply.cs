using CouplingBot.Cards.Model;

namespace CouplingBot.Bot.Conversation;

/// <summary>A message the bot posts: text, a card, or both.</summary>
public sealed record Reply(string? Text, AdaptiveCard? Card = null)
{
    /// <summary>A card alone.</summary>
    public static Reply WithCard(AdaptiveCard card) => new(null, card);
}

/// <summary>
/// The answer to a card action: the card that replaces the tapped one, and messages to post
/// afterwards (e.g. "synchronization finished").
/// </summary>
public sealed record CardActionResult(AdaptiveCard Card, IReadOnlyList<Reply> FollowUps)
{
    /// <summary>Just a replacement card.</summary>
    public static CardActionResult Replace(AdaptiveCard card) => new(card, []);
}
