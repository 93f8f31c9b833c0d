namespace CouplingBot.Cards.Model;

/// <summary>An element that an <see cref="ActionToggleVisibility"/> shows or hides.</summary>
/// <param name="ElementId">The element's id.</param>
/// <param name="IsVisible">True shows, false hides, null toggles.</param>
public sealed record TargetElement(string ElementId, bool? IsVisible = null);
