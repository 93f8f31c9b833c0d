using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>Weight of a TextBlock's text.</summary>
[JsonConverter(typeof(CardEnumConverter<TextWeight>))]
public enum TextWeight
{
    /// <summary><c>default</c>.</summary>
    Default,

    /// <summary><c>lighter</c>.</summary>
    Lighter,

    /// <summary><c>bolder</c>.</summary>
    Bolder,
}
