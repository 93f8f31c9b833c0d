namespace CouplingBot.Engine.Service;

/// <summary>The outcome of uncoupling a list of records: one result per distinct number, and counts.</summary>
/// <param name="Results">One per number, in the order given.</param>
public sealed record UncoupleManyResult(IReadOnlyList<UncoupleResult> Results)
{
    /// <summary>Couplings removed.</summary>
    public int Uncoupled => Count(UncoupleOutcome.Uncoupled);

    /// <summary>Records that were not coupled.</summary>
    public int NotCoupled => Count(UncoupleOutcome.NotCoupled);

    /// <summary>Numbers no Business Central record has.</summary>
    public int NotFound => Count(UncoupleOutcome.RecordNotFound);

    /// <summary>Couplings changed while being removed, and so kept.</summary>
    public int ChangedMeanwhile => Count(UncoupleOutcome.ChangedMeanwhile);

    private int Count(UncoupleOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}

/// <summary>The outcome of uncoupling every record of a mapping.</summary>
/// <param name="Uncoupled">Couplings removed.</param>
/// <param name="ChangedMeanwhile">Couplings changed (e.g. synchronized) while being removed, and so kept.</param>
public sealed record UncoupleAllResult(int Uncoupled, int ChangedMeanwhile);
