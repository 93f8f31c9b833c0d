using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>One field a synchronization writes: its mapping, the target's value before and after.</summary>
public sealed record FieldChange(FieldMapping Field, string? OldValue, string? NewValue)
{
    /// <summary>The side written to. A merge writes both sides, so each change names its own.</summary>
    public Side Target { get; init; }

    /// <summary>A change that writes Business Central's value on Sales.</summary>
    public static FieldChange ToSales(FieldMapping field, string? businessCentral, string? sales) =>
        new(field, sales, businessCentral) { Target = Side.Sales };

    /// <summary>A change that writes Sales's value on Business Central.</summary>
    public static FieldChange FromSales(FieldMapping field, string? businessCentral, string? sales) =>
        new(field, businessCentral, sales) { Target = Side.BusinessCentral };
}
