using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>Space between an element and the one before it.</summary>
[JsonConverter(typeof(CardEnumConverter<Spacing>))]
public enum Spacing
{
    /// <summary><c>default</c>.</summary>
    Default,

    /// <summary><c>none</c>.</summary>
    None,

    /// <summary><c>small</c>.</summary>
    Small,

    /// <summary><c>medium</c>.</summary>
    Medium,

    /// <summary><c>large</c>.</summary>
    Large,

    /// <summary><c>extraLarge</c>.</summary>
    ExtraLarge,

    /// <summary><c>padding</c>.</summary>
    Padding,
}
