namespace CouplingBot.Engine.Sync;

/// <summary>
/// How a synchronization groups its record requests. Both strategies run the same engine (the same change feeds,
/// plans, conflict rules, couplings and failure handling); they differ only in how the reads of counterparts, the
/// writes and the creates go out.
/// </summary>
public enum SyncStrategy
{
    /// <summary>
    /// CouplingBot's: counterparts are read with <c>GetManyAsync</c>, and updates and creates are sent with
    /// <c>UpdateManyAsync</c> / <c>CreateManyAsync</c>, all in <c>$batch</c> requests of the service's batch limit.
    /// </summary>
    Batched,

    /// <summary>
    /// The anchor's (Business Central's own integration): per record one <c>GET</c> of its counterpart and one
    /// <c>PATCH</c>, and before each create one <c>GET</c> under the record's create key, then one <c>POST</c>;
    /// never <c>$batch</c>. A baseline to measure <see cref="Batched"/> against.
    /// </summary>
    PerRecord,
}
