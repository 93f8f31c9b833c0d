namespace CouplingBot.Cards.Model;

/// <summary>A check box. Its value arrives as <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
/// <param name="Id">The key of the value in the submitted data.</param>
/// <param name="Title">The text beside the check box.</param>
public sealed record InputToggle(string Id, string Title) : CardInput(Id)
{
    /// <summary>The value sent when checked.</summary>
    public const string On = "true";

    /// <summary>The value sent when not checked.</summary>
    public const string Off = "false";

    /// <summary>The initial value: <see cref="ValueOn"/> or <see cref="ValueOff"/>.</summary>
    public string? Value { get; init; }

    /// <summary>The value sent when checked.</summary>
    public string ValueOn { get; init; } = On;

    /// <summary>The value sent when not checked.</summary>
    public string ValueOff { get; init; } = Off;
}
