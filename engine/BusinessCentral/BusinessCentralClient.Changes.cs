using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.BusinessCentral;

/// <summary>Incremental pull: Business Central removed delta links in v24, so changes are read by modified time.</summary>
public sealed partial class BusinessCentralClient
{
    /// <summary>
    /// The records modified after <paramref name="watermark"/>
    /// (<c>$filter=lastModifiedDateTime gt 2026-01-01T00:00:00Z</c>), following server pages. Keep the
    /// largest <see cref="EntityRecord.ModifiedOn"/> seen as the next watermark. Deletions do not show here
    /// (webhooks report them, see <see cref="BusinessCentralSubscriptions"/>).
    /// </summary>
    public IAsyncEnumerable<EntityRecord> ModifiedSinceAsync(
        EntitySet set, DateTimeOffset watermark, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(fields);
        return QueryAsync(set, new RecordQuery(ODataFilter.GreaterThan(set.ModifiedOnField, watermark), fields), cancellationToken);
    }
}
