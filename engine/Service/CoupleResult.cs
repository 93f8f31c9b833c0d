using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

/// <summary>How a request to couple two records ended.</summary>
public enum CoupleOutcome
{
    /// <summary>The coupling was made.</summary>
    Coupled,

    /// <summary>No Business Central record has that number.</summary>
    RecordNotFound,

    /// <summary>No Sales record has that id.</summary>
    SalesRecordNotFound,

    /// <summary>The Business Central record is outside the mapping's filter (e.g. blocked).</summary>
    RecordFiltered,

    /// <summary>The Sales record is outside the mapping's filter (e.g. inactive).</summary>
    SalesRecordFiltered,

    /// <summary>The Business Central record is coupled already (see <see cref="CoupleResult.Existing"/>).</summary>
    RecordAlreadyCoupled,

    /// <summary>The Sales record is coupled to another Business Central record (see <see cref="CoupleResult.Existing"/>).</summary>
    SalesRecordAlreadyCoupled,
}

/// <summary>The outcome of a couple request, with what a person needs to be told.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Coupling">The new coupling when <see cref="CoupleOutcome.Coupled"/>.</param>
/// <param name="Existing">The coupling in the way when a side is coupled already.</param>
/// <param name="Record">The Business Central record, when it was found.</param>
/// <param name="SalesRecord">The Sales record, when it was found.</param>
/// <param name="FilterDescription">The filter a record failed ("active", "not blocked").</param>
public sealed record CoupleResult(
    CoupleOutcome Outcome,
    Coupling? Coupling = null,
    Coupling? Existing = null,
    EntityRecord? Record = null,
    EntityRecord? SalesRecord = null,
    string? FilterDescription = null);
