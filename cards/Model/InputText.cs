namespace CouplingBot.Cards.Model;

/// <summary>A text box.</summary>
/// <param name="Id">The key of the value in the submitted data.</param>
public sealed record InputText(string Id) : CardInput(Id)
{
    /// <summary>Hint shown while the box is empty.</summary>
    public string? Placeholder { get; init; }

    /// <summary>The initial text.</summary>
    public string? Value { get; init; }

    /// <summary>True allows several lines.</summary>
    public bool? IsMultiline { get; init; }

    /// <summary>Maximum number of characters.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Keyboard and validation hint.</summary>
    public TextInputStyle? Style { get; init; }
}
