namespace CouplingBot.Cards.Model;

/// <summary>A group of elements, optionally with a background style.</summary>
/// <param name="Items">The elements in the container.</param>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    /// <summary>Element id, for Action.ToggleVisibility.</summary>
    public string? Id { get; init; }

    /// <summary>Background style.</summary>
    public ContainerStyle? Style { get; init; }
}
