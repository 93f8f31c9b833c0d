namespace CouplingBot.Cards.Views;

/// <summary>One of several records that match a name, to pick from.</summary>
/// <param name="Number">The Business Central number.</param>
/// <param name="Name">The record's name.</param>
/// <param name="Detail">A short hint to tell them apart (city, e-mail); null when none.</param>
public sealed record RecordChoiceView(string Number, string Name, string? Detail);
