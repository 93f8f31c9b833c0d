namespace CouplingBot.Cards.Model;

/// <summary>One choice of an <see cref="InputChoiceSet"/>.</summary>
/// <param name="Title">What the person sees.</param>
/// <param name="Value">What is submitted.</param>
public sealed record Choice(string Title, string Value);
