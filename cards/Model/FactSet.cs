namespace CouplingBot.Cards.Model;

/// <summary>A two-column list of labelled values.</summary>
/// <param name="Facts">The rows.</param>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement
{
    /// <summary>Element id, for Action.ToggleVisibility.</summary>
    public string? Id { get; init; }
}
