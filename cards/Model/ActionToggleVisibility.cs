namespace CouplingBot.Cards.Model;

/// <summary>Shows or hides elements of the card without calling the bot.</summary>
/// <param name="Title">The button text.</param>
/// <param name="TargetElements">The elements to show or hide.</param>
public sealed record ActionToggleVisibility(string Title, IReadOnlyList<TargetElement> TargetElements) : CardAction(Title);
