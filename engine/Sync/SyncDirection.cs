namespace CouplingBot.Engine.Sync;

/// <summary>Which way a person asked a synchronization to go.</summary>
public enum SyncDirection
{
    /// <summary>Business Central -&gt; Sales: Business Central's values win.</summary>
    ToSales,

    /// <summary>Sales -&gt; Business Central: Sales's values win.</summary>
    FromSales,
}
