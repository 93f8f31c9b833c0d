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
public sealed record SyncState(
    DateTimeOffset At,
    string By,
    SyncDirection Direction,
    int FieldsChanged,
    DateTimeOffset BusinessCentralModifiedOn,
    DateTimeOffset SalesModifiedOn);
