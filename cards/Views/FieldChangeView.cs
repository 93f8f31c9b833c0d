namespace CouplingBot.Cards.Views;

/// <summary>One field a synchronization changed.</summary>
/// <param name="Field">The field's name as people know it.</param>
/// <param name="OldValue">The value before; null when empty.</param>
/// <param name="NewValue">The value after; null when empty.</param>
public sealed record FieldChangeView(string Field, string? OldValue, string? NewValue);
