using CouplingBot.Cards.Views;

namespace CouplingBot.Cards.ComposeExtension;

/// <summary>A Business Central contact (a person) as the compose box shows it.</summary>
/// <param name="Number">The contact number, e.g. "CT000001".</param>
/// <param name="Name">The contact's name.</param>
/// <param name="Facts">The Business Central fields to show, in order (empty ones left out).</param>
/// <param name="CoupledTo">The coupled Sales contact's name, or null when not coupled.</param>
public sealed record ContactView(string Number, string Name, IReadOnlyList<RecordFact> Facts, string? CoupledTo);
