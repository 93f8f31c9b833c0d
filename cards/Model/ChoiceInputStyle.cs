using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>How an Input.ChoiceSet shows its choices: a drop-down (compact), radio buttons or check boxes (expanded), or a type-ahead list (filtered).</summary>
[JsonConverter(typeof(CardEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    /// <summary><c>compact</c>.</summary>
    Compact,

    /// <summary><c>expanded</c>.</summary>
    Expanded,

    /// <summary><c>filtered</c>.</summary>
    Filtered,
}
