using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>
/// Telling someone else's change from our own write (the anchor's "Echo suppression": after every
/// write both records' modified-on are re-read and stored on the coupling, so the write is not seen
/// as a new change; scheduled pulls from Sales skip rows last modified by the integration user).
/// </summary>
public static class EchoSuppression
{
    /// <summary>
    /// True when the record is exactly as our last write left it: its version equals the one stored
    /// after that write (when a version was stored), else its modified-on is not later than the stored one.
    /// </summary>
    public static bool IsOwnWrite(string? storedVersion, DateTimeOffset? storedModifiedOn, EntityRecord current)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!string.IsNullOrEmpty(storedVersion))
        {
            return string.Equals(storedVersion, current.ETag, StringComparison.Ordinal);
        }

        return storedModifiedOn is { } stored && current.ModifiedOn <= stored;
    }

    /// <summary>
    /// True when one side changed since the last sync by someone other than us: not our own write
    /// (<see cref="IsOwnWrite"/>) and, when <paramref name="modifiedByIntegrationUser"/> is given,
    /// not last modified by the integration user. A coupling never synchronized counts as changed.
    /// </summary>
    public static bool HasForeignChange(SyncState? last, Side side, EntityRecord current, Func<EntityRecord, bool>? modifiedByIntegrationUser = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (last is null)
        {
            return true;
        }

        if (modifiedByIntegrationUser?.Invoke(current) == true)
        {
            return false;
        }

        return side == Side.BusinessCentral
            ? !IsOwnWrite(last.BusinessCentralVersion, last.BusinessCentralModifiedOn, current)
            : !IsOwnWrite(last.SalesVersion, last.SalesModifiedOn, current);
    }
}
