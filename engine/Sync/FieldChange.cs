using CouplingBot.Engine.Mappings;

namespace CouplingBot.Engine.Sync;

/// <summary>One field a synchronization writes: its mapping, the target's value before and after.</summary>
public sealed record FieldChange(FieldMapping Field, string? OldValue, string? NewValue);
