using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>Which inputs an Action.Execute sends with it: all inputs of the card (auto) or none.</summary>
[JsonConverter(typeof(CardEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    /// <summary><c>auto</c>.</summary>
    Auto,

    /// <summary><c>none</c>.</summary>
    None,
}
