namespace CouplingBot.Engine.Sync;

/// <summary>How one field conflict is settled.</summary>
public enum ConflictResolution
{
    /// <summary>Leave it to a person: the anchor's blank rule ("fail and report").</summary>
    Ask,

    /// <summary>Keep Business Central's value and write it on Sales: the anchor's "send to Sales".</summary>
    KeepBusinessCentral,

    /// <summary>Keep Sales's value and write it on Business Central: the anchor's "get from Sales".</summary>
    KeepSales,
}
