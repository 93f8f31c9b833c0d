using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>Colour of a TextBlock's text, from the host's palette.</summary>
[JsonConverter(typeof(CardEnumConverter<TextColor>))]
public enum TextColor
{
    /// <summary><c>default</c>.</summary>
    Default,

    /// <summary><c>dark</c>.</summary>
    Dark,

    /// <summary><c>light</c>.</summary>
    Light,

    /// <summary><c>accent</c>.</summary>
    Accent,

    /// <summary><c>good</c>.</summary>
    Good,

    /// <summary><c>warning</c>.</summary>
    Warning,

    /// <summary><c>attention</c>.</summary>
    Attention,
}
