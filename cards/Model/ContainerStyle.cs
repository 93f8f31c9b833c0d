using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>Background style of a Container or Column.</summary>
[JsonConverter(typeof(CardEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    /// <summary><c>default</c>.</summary>
    Default,

    /// <summary><c>emphasis</c>.</summary>
    Emphasis,

    /// <summary><c>good</c>.</summary>
    Good,

    /// <summary><c>attention</c>.</summary>
    Attention,

    /// <summary><c>warning</c>.</summary>
    Warning,

    /// <summary><c>accent</c>.</summary>
    Accent,
}
