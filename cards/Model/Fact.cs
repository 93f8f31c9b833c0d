namespace CouplingBot.Cards.Model;

/// <summary>One row of a <see cref="FactSet"/>.</summary>
/// <param name="Title">The label.</param>
/// <param name="Value">The value.</param>
public sealed record Fact(string Title, string Value);
