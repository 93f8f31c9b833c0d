namespace CouplingBot.Engine.Incremental;

/// <summary>What one incremental run of a mapping did.</summary>
/// <param name="Mapping">The mapping's name.</param>
/// <param name="BusinessCentralChanges">Records the Business Central read returned (changed since the watermark).</param>
/// <param name="SalesChanges">Created or changed rows the Sales change feed returned.</param>
/// <param name="SalesDeletions">Deleted rows the Sales change feed returned (coupled ones are handled: see <see cref="DeletionsHandled"/>).</param>
/// <param name="FullSalesRead">True when Sales was read in full (no delta link yet, or it had expired).</param>
/// <param name="ModifiedInSales">Coupled Sales records written.</param>
/// <param name="ModifiedInBusinessCentral">Coupled Business Central records written.</param>
/// <param name="Unchanged">Coupled pairs with nothing to write, including our own earlier writes seen again.</param>
/// <param name="SkippedUncoupled">Changed records with no coupling.</param>
/// <param name="Conflicts">Pairs left for a person to decide (the conflict rule settled not every field).</param>
/// <param name="Failed">Pairs whose read or write failed, whose Business Central record is gone, or that are Skipped after repeated failures.</param>
public sealed record IncrementalSyncReport(
    string Mapping,
    int BusinessCentralChanges,
    int SalesChanges,
    int SalesDeletions,
    bool FullSalesRead,
    int ModifiedInSales,
    int ModifiedInBusinessCentral,
    int Unchanged,
    int SkippedUncoupled,
    int Conflicts,
    int Failed)
{
    /// <summary>Couplings whose last sync had failed, synchronized again although no feed reported them.</summary>
    public int RetriedFailures { get; init; }

    /// <summary>Coupled Sales records found deleted whose coupling the mapping's rule removed (Uncouple, or both records gone).</summary>
    public int DeletionsUncoupled { get; init; }

    /// <summary>Coupled Sales records found deleted and re-created from Business Central (Restore).</summary>
    public int DeletionsRestored { get; init; }

    /// <summary>Coupled Sales records found deleted and recorded as a failure on the coupling (Fail, or a restore that failed).</summary>
    public int DeletionsFailed { get; init; }

    /// <summary>
    /// The pairs that newly need a person: this run's conflicts, and failures recorded with an error their coupling did not
    /// have before (the same failure seen again in a later run, or a Skipped pair, is not listed again). In no set order.
    /// </summary>
    public IReadOnlyList<IncrementalSyncProblem> NewProblems { get; init; } = [];

    /// <summary>Every coupled Sales record found deleted, whatever became of it.</summary>
    public int DeletionsHandled => DeletionsUncoupled + DeletionsRestored + DeletionsFailed;
}
