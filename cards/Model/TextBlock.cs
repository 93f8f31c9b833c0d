namespace CouplingBot.Cards.Model;

/// <summary>A piece of text (Adaptive Card markdown subset).</summary>
/// <param name="Text">The text; never empty.</param>
public sealed record TextBlock(string Text) : CardElement
{
    /// <summary>Element id, for Action.ToggleVisibility.</summary>
    public string? Id { get; init; }

    /// <summary>Text size.</summary>
    public TextSize? Size { get; init; }

    /// <summary>Text weight.</summary>
    public TextWeight? Weight { get; init; }

    /// <summary>Text colour.</summary>
    public TextColor? Color { get; init; }

    /// <summary>True lets long text wrap instead of being cut off.</summary>
    public bool? Wrap { get; init; }

    /// <summary>True shows the text dimmed.</summary>
    public bool? IsSubtle { get; init; }
}
