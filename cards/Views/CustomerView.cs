namespace CouplingBot.Cards.Views;

/// <summary>A Business Central customer as the cards show it.</summary>
/// <param name="Number">The customer number, e.g. "10000".</param>
/// <param name="Name">The customer name.</param>
/// <param name="Facts">The Business Central fields to show, in order.</param>
public sealed record CustomerView(string Number, string Name, IReadOnlyList<RecordFact> Facts);
