namespace CouplingBot.Cards.Model;

/// <summary>A choice among fixed values: drop-down, radio buttons or check boxes.</summary>
/// <param name="Id">The key of the chosen value in the submitted data.</param>
/// <param name="Choices">The choices, in display order.</param>
public sealed record InputChoiceSet(string Id, IReadOnlyList<Choice> Choices) : CardInput(Id)
{
    /// <summary>Drop-down (compact), radio buttons (expanded) or type-ahead (filtered).</summary>
    public ChoiceInputStyle? Style { get; init; }

    /// <summary>The preselected <see cref="Choice.Value"/>.</summary>
    public string? Value { get; init; }

    /// <summary>True allows several choices (sent comma-separated).</summary>
    public bool? IsMultiSelect { get; init; }

    /// <summary>Hint shown while nothing is chosen (compact style).</summary>
    public string? Placeholder { get; init; }

    /// <summary>True lets long choice titles wrap.</summary>
    public bool? Wrap { get; init; }
}
