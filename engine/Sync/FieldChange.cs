using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>One field a synchronization writes: its mapping, the target's value before and after.</summary>
public sealed record FieldChange(FieldMapping Field, string? OldValue, string? NewValue)
{
    /// <summary>The side written to. A merge writes both sides, so each change names its own.</summary>
    public Side Target { get; init; }

    /// <summary>
    /// <see cref="OldValue"/> as people know it: for a lookup the related record's Business Central key
    /// (<c>JO</c>) rather than a Sales id, for a payment terms id its code.
    /// </summary>
    public string? OldDisplay
    {
        get => field ?? OldValue;
        init;
    }

    /// <summary><see cref="NewValue"/> as people know it (see <see cref="OldDisplay"/>).</summary>
    public string? NewDisplay
    {
        get => field ?? NewValue;
        init;
    }

    /// <summary>A change that writes Business Central's value on Sales.</summary>
    public static FieldChange ToSales(FieldMapping field, string? businessCentral, string? sales) =>
        new(field, sales, businessCentral) { Target = Side.Sales };

    /// <summary>A change that writes Sales's value on Business Central.</summary>
    public static FieldChange FromSales(FieldMapping field, string? businessCentral, string? sales) =>
        new(field, businessCentral, sales) { Target = Side.BusinessCentral };
}
