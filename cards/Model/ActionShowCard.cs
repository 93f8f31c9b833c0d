namespace CouplingBot.Cards.Model;

/// <summary>Shows a nested card below the buttons.</summary>
/// <param name="Title">The button text.</param>
/// <param name="Card">The card to show.</param>
public sealed record ActionShowCard(string Title, AdaptiveCard Card) : CardAction(Title);
