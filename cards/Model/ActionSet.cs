namespace CouplingBot.Cards.Model;

/// <summary>Buttons inside the card body (Teams shows at most 6).</summary>
/// <param name="Actions">The buttons.</param>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement
{
    /// <summary>Element id, for Action.ToggleVisibility.</summary>
    public string? Id { get; init; }
}
