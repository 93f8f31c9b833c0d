namespace CouplingBot.Engine.Couplings;

/// <summary>A Business Central record and the Sales record it is coupled to.</summary>
/// <param name="Mapping">The table mapping, e.g. <c>CUSTOMER</c>.</param>
/// <param name="BusinessCentralId">The Business Central record's id (SystemId).</param>
/// <param name="SalesId">The Sales record's id.</param>
/// <param name="BusinessCentralNumber">The Business Central number, for people and for look-ups.</param>
/// <param name="SalesName">The Sales record's name when it was coupled or last synchronized.</param>
/// <param name="CoupledAt">When the coupling was made.</param>
/// <param name="CoupledBy">Who made it.</param>
/// <param name="LastSync">The last synchronization, or null when there was none.</param>
/// <param name="ETag">The stored row's version, for conditional updates; empty before it is stored.</param>
public sealed record Coupling(
    string Mapping,
    string BusinessCentralId,
    string SalesId,
    string BusinessCentralNumber,
    string SalesName,
    DateTimeOffset CoupledAt,
    string CoupledBy,
    SyncState? LastSync = null,
    string ETag = "")
{
    /// <summary>
    /// The store's bookkeeping, as read with <see cref="ETag"/>: the stored row is listed among the couplings whose
    /// last sync failed (see <see cref="ICouplingStore.ListPendingFailuresAsync"/>). Copied by <c>with</c>, so an update
    /// knows what the row it replaces had.
    /// </summary>
    internal bool FailureIndexed { get; init; }
}
