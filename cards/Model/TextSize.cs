using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>Size of a TextBlock's text.</summary>
[JsonConverter(typeof(CardEnumConverter<TextSize>))]
public enum TextSize
{
    /// <summary><c>default</c>.</summary>
    Default,

    /// <summary><c>small</c>.</summary>
    Small,

    /// <summary><c>medium</c>.</summary>
    Medium,

    /// <summary><c>large</c>.</summary>
    Large,

    /// <summary><c>extraLarge</c>.</summary>
    ExtraLarge,
}
