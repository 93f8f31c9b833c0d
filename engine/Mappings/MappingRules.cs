namespace CouplingBot.Engine.Mappings;

/// <summary>
/// What to do when both sides changed since the last sync and a two-way field differs (the anchor's
/// per-mapping conflict rule).
/// </summary>
public enum ConflictRule
{
    /// <summary>Blank in the anchor: the record fails and the person is asked to choose.</summary>
    FailAndAsk,

    /// <summary>"Send to Sales": Business Central's values overwrite Sales.</summary>
    BusinessCentralWins,

    /// <summary>"Get from Sales": Sales' values overwrite Business Central.</summary>
    SalesWins,
}

/// <summary>What to do when the counterpart of a coupled record was deleted.</summary>
public enum DeletedCounterpartRule
{
    /// <summary>The record fails with an error that says what happened.</summary>
    Fail,

    /// <summary>Re-create the deleted counterpart from the surviving record and couple to it.</summary>
    Restore,

    /// <summary>Delete the coupling; the surviving record stays as it is.</summary>
    Uncouple,
}
