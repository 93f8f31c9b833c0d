using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>One row of a sync preview, for the bot's card.</summary>
/// <param name="Key">The field's decision key (<see cref="FieldConflict.Key"/>), for a person's per-field choice.</param>
/// <param name="Label">What a person calls the field.</param>
/// <param name="OldValue">The written side's value now, as people know it (a code, not an id); for a conflict, Business Central's value.</param>
/// <param name="NewValue">The value written; for a conflict, Sales's value.</param>
/// <param name="Written">The side written to; null for a conflict (nothing is written until someone decides).</param>
/// <param name="IsConflict">The field changed on both sides and waits for a decision.</param>
public sealed record FieldPreview(string Key, string Label, string? OldValue, string? NewValue, Side? Written, bool IsConflict);
