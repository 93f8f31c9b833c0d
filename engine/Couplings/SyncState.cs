using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Couplings;

/// <summary>
/// What the last synchronization of a coupling did. The two modified-on values are the records'
/// versions right after it, so a later change on either side can be told from our own write.
/// </summary>
/// <param name="At">When it finished.</param>
/// <param name="By">Who asked for it.</param>
/// <param name="Direction">Which way it went.</param>
/// <param name="FieldsChanged">How many fields were written.</param>
/// <param name="BusinessCentralModifiedOn">The Business Central record's modified-on afterwards.</param>
/// <param name="SalesModifiedOn">The Sales record's modified-on afterwards.</param>
/// <param name="Snapshot">
/// Each side's mapped values afterwards, for field-level merges; null for couplings stored before
/// snapshots existed (merges then fall back to the anchor's record-level rule).
/// </param>
/// <param name="Failure">Failures since the last success and whether the record is Skipped; null after a success.</param>
/// <param name="BusinessCentralVersion">The Business Central ETag afterwards, for echo suppression; null when unknown.</param>
/// <param name="SalesVersion">The Sales ETag afterwards, for echo suppression; null when unknown.</param>
public sealed record SyncState(
    DateTimeOffset At,
    string By,
    SyncDirection Direction,
    int FieldsChanged,
    DateTimeOffset BusinessCentralModifiedOn,
    DateTimeOffset SalesModifiedOn,
    FieldSnapshot? Snapshot = null,
    FailureState? Failure = null,
    string? BusinessCentralVersion = null,
    string? SalesVersion = null);
