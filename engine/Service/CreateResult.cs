namespace CouplingBot.Engine.Service;

/// <summary>What a create-and-couple request did about the new record.</summary>
public enum CreateOutcome
{
    /// <summary>The record was created now.</summary>
    Created,

    /// <summary>
    /// An earlier attempt of the same request had created it (found under its deterministic key or
    /// number); it was not created again.
    /// </summary>
    FoundFromEarlierAttempt,

    /// <summary>Nothing was created: the request was refused (see <see cref="CreateResult.Result"/>).</summary>
    NotCreated,
}

/// <summary>The outcome of a create-and-couple request.</summary>
/// <param name="Create">What happened to the new record.</param>
/// <param name="Result">
/// The coupling part, with the anchor's outcomes: <see cref="CoupleOutcome.Coupled"/>, or why not
/// (record missing, outside the mapping's filters, coupled already).
/// </param>
public sealed record CreateResult(CreateOutcome Create, CoupleResult Result)
{
    /// <summary>True when the records are coupled afterwards.</summary>
    public bool Coupled => Result.Outcome == CoupleOutcome.Coupled;

    internal static CreateResult Refused(CoupleResult result) => new(CreateOutcome.NotCreated, result);
}
