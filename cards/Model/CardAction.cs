using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>A button. The JSON <c>type</c> discriminator is written from the concrete record.</summary>
/// <param name="Title">The button text.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ActionExecute), "Action.Execute")]
[JsonDerivedType(typeof(ActionOpenUrl), "Action.OpenUrl")]
[JsonDerivedType(typeof(ActionShowCard), "Action.ShowCard")]
[JsonDerivedType(typeof(ActionToggleVisibility), "Action.ToggleVisibility")]
public abstract record CardAction([property: JsonPropertyOrder(-1)] string Title)
{
    /// <summary>Action id.</summary>
    public string? Id { get; init; }

    /// <summary>Positive for the main action, destructive for one that removes something.</summary>
    public ActionStyle? Style { get; init; }

    /// <summary>Text for screen readers and hover.</summary>
    public string? Tooltip { get; init; }
}
