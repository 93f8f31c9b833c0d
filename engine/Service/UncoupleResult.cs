using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

/// <summary>How a request to uncouple ended.</summary>
public enum UncoupleOutcome
{
    /// <summary>The coupling was removed.</summary>
    Uncoupled,

    /// <summary>No Business Central record has that number.</summary>
    RecordNotFound,

    /// <summary>The record was not coupled.</summary>
    NotCoupled,

    /// <summary>The coupling changed while it was being removed; nothing was removed.</summary>
    ChangedMeanwhile,
}

/// <summary>The outcome of an uncouple request.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Record">The Business Central record, when found.</param>
/// <param name="Coupling">The coupling that was (or was to be) removed.</param>
public sealed record UncoupleResult(UncoupleOutcome Outcome, EntityRecord? Record = null, Coupling? Coupling = null);
