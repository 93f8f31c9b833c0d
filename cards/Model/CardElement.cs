using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>
/// An element of a card body. The JSON <c>type</c> discriminator is written from the concrete record.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(InputText), "Input.Text")]
[JsonDerivedType(typeof(InputToggle), "Input.Toggle")]
[JsonDerivedType(typeof(InputChoiceSet), "Input.ChoiceSet")]
public abstract record CardElement
{
    /// <summary>Space above the element.</summary>
    public Spacing? Spacing { get; init; }

    /// <summary>Draws a line above the element.</summary>
    public bool? Separator { get; init; }

    /// <summary>False hides the element until an Action.ToggleVisibility shows it.</summary>
    public bool? IsVisible { get; init; }
}
