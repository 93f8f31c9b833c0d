using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

/// <summary>A Business Central record, its coupling, and the coupled Sales record.</summary>
/// <param name="Record">The Business Central record.</param>
/// <param name="Coupling">Its coupling, or null when it is not coupled.</param>
/// <param name="SalesRecord">The coupled Sales record, or null when not coupled or deleted in Sales.</param>
public sealed record RecordLookup(EntityRecord Record, Coupling? Coupling, EntityRecord? SalesRecord)
{
    /// <summary>Coupled, but the Sales record no longer exists.</summary>
    public bool CounterpartMissing => Coupling is not null && SalesRecord is null;
}
