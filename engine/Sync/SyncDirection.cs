namespace CouplingBot.Engine.Sync;

/// <summary>Which way a person asked a synchronization to go.</summary>
public enum SyncDirection
{
    /// <summary>Business Central -&gt; Sales: Business Central's values win (the anchor's "Send").</summary>
    ToSales,

    /// <summary>Sales -&gt; Business Central: Sales's values win (the anchor's "Get").</summary>
    FromSales,

    /// <summary>
    /// Both ways (the anchor's "Merge"): each side's changed fields flow to the other; a field changed
    /// on both sides to different values is a conflict, settled by an <see cref="IConflictPolicy"/>.
    /// </summary>
    Automatic,
}
