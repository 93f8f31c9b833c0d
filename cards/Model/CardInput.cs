using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>
/// An input. Its <see cref="Id"/> is the key under which Teams merges its value (always a string)
/// into the data of the Action.Execute that submits it.
/// </summary>
/// <param name="Id">The key of the value in the submitted data; unique in the card.</param>
public abstract record CardInput([property: JsonPropertyOrder(-1)] string Id) : CardElement
{
    /// <summary>Label shown above the input.</summary>
    public string? Label { get; init; }

    /// <summary>True blocks the action until the input has a value.</summary>
    public bool? IsRequired { get; init; }

    /// <summary>Shown when a required input is empty; say what to do.</summary>
    public string? ErrorMessage { get; init; }
}
