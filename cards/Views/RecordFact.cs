namespace CouplingBot.Cards.Views;

/// <summary>One labelled field of a record, as shown on a card.</summary>
/// <param name="Label">The field's name, e.g. "Phone No.".</param>
/// <param name="Value">The field's value, already formatted.</param>
public sealed record RecordFact(string Label, string Value);
