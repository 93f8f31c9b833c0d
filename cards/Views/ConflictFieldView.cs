namespace CouplingBot.Cards.Views;

/// <summary>A field that changed on both sides since the last sync, waiting for a person's decision.</summary>
/// <param name="Key">The decision key the bot reads the choice back under.</param>
/// <param name="Label">The field's name as people know it.</param>
/// <param name="BusinessCentralValue">Business Central's value now; null when empty.</param>
/// <param name="SalesValue">Sales's value now; null when empty.</param>
public sealed record ConflictFieldView(string Key, string Label, string? BusinessCentralValue, string? SalesValue);
