namespace CouplingBot.Cards.Model;

/// <summary>The card's <c>msteams</c> object: Teams-only display properties.</summary>
/// <param name="Width"><c>Full</c> stretches the card to the width of the conversation.</param>
public sealed record TeamsCardProperties(string? Width)
{
    /// <summary>A card as wide as the conversation.</summary>
    public static TeamsCardProperties FullWidth { get; } = new("Full");
}
