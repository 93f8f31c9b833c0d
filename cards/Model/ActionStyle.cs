using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>Style of an action button: positive for the main action, destructive for one that removes something.</summary>
[JsonConverter(typeof(CardEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    /// <summary><c>default</c>.</summary>
    Default,

    /// <summary><c>positive</c>.</summary>
    Positive,

    /// <summary><c>destructive</c>.</summary>
    Destructive,
}
