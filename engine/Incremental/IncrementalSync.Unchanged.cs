using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Incremental;

public sealed partial class IncrementalSync
{
    /// <summary>
    /// The coupled Sales record as the last synchronization left it, built from the coupling's stored state instead of
    /// read: a Sales record the complete delta feed did not report has not changed since then, so its mapped values are
    /// the snapshot's and its version the stored one. Null when the state cannot stand in for a read: never synchronized,
    /// no snapshot or version stored, a failure pending (both records are read again then), or a field mapped since.
    /// </summary>
    /// <remarks>
    /// The write that follows carries If-Match on that version, so a record changed after all (an edit the feed reported
    /// while the pair was Skipped, a later edit) is never overwritten: the service refuses it and the pair is read and
    /// planned again (<see cref="StaleAssumptions"/>). Its filter fields are not stored; it met the filters when it was
    /// last synchronized, and unchanged it still does.
    /// </remarks>
    internal static EntityRecord? LastSynchronized(TableMapping mapping, Coupling coupling)
    {
        if (coupling.LastSync is not { Snapshot: { } snapshot, SalesVersion: { Length: > 0 } version, Failure: null } last)
        {
            return null;
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in mapping.EnabledFields.Select(f => f.SalesReadField).Distinct(StringComparer.Ordinal))
        {
            if (!snapshot.Sales.TryGetValue(field, out var value))
            {
                return null;
            }

            fields[field] = value;
        }

        fields[mapping.SalesNameField] = coupling.SalesName;
        return new EntityRecord(coupling.SalesId, fields, last.SalesModifiedOn, version);
    }

    /// <summary>
    /// Gives each pair that lacks its Sales record the last synchronized state (<see cref="LastSynchronized"/>) when the
    /// Sales feed was a delta read to its end and the strategy does not read unchanged counterparts; the others are read.
    /// </summary>
    private void AssumeUnchangedSales(TableMapping mapping, List<Pair> pairs, bool salesFeedComplete)
    {
        if (!salesFeedComplete || service.Requests.ReadsUnchangedCounterparts)
        {
            return;
        }

        foreach (var pair in pairs.Where(p => p.Sales is null && !p.SalesDeleted))
        {
            if (LastSynchronized(mapping, pair.Coupling) is { } record)
            {
                pair.Sales = record;
                pair.SalesAssumed = true;
            }
        }
    }

    /// <summary>
    /// The pairs whose Sales write was refused because the record was not as last synchronized after all (changed: 412;
    /// gone: 404). They are reset to be read and planned again, never written over.
    /// </summary>
    private static List<Pair> StaleAssumptions(List<Pair> written)
    {
        var stale = written.Where(p => p.SalesAssumed && !p.BusinessCentralWritten
            && p.Error is ConcurrencyConflictException { Side: Side.Sales } or RecordNotFoundException { Side: Side.Sales }).ToList();
        foreach (var pair in stale)
        {
            pair.Sales = null;
            pair.SalesAssumed = false;
            pair.Error = null;
            pair.Plan = null;
        }

        return stale;
    }
}
