using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Creates the Sales record for the Business Central record with <paramref name="number"/> from its
    /// enabled, plain-copy fields that flow to Sales, and couples the two (option-mapped, constant and
    /// lookup fields are left to the first synchronization). Refused, with nothing written, when the record is
    /// missing, outside the mapping's filter, or coupled already (a coupling whose Sales record was
    /// deleted is removed first).
    /// </summary>
    /// <remarks>
    /// Retry-safe: the new record's Dataverse key is <see cref="CreateKeys.SalesKey"/> of the mapping and
    /// the Business Central id, so every attempt targets the same key. When an earlier attempt created
    /// the record but did not store the coupling (a crash, a timeout), the create meets "duplicate
    /// record"; that record is this request's own, and is read and coupled
    /// (<see cref="CreateOutcome.FoundFromEarlierAttempt"/>). A second Sales record can't be made.
    /// </remarks>
    public async Task<CreateResult> CreateInSalesAsync(TableMapping mapping, string number, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        var record = await FindRecordAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        return record is null
            ? CreateResult.Refused(new CoupleResult(CoupleOutcome.RecordNotFound))
            : await CreateInSalesAsync(mapping, record, requestedBy, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CreateResult> CreateInSalesAsync(TableMapping mapping, EntityRecord record, string requestedBy, CancellationToken cancellationToken)
    {
        if (!mapping.BusinessCentralFilter.Allows(record))
        {
            return CreateResult.Refused(new CoupleResult(CoupleOutcome.RecordFiltered, Record: record, FilterDescription: mapping.BusinessCentralFilter.Description));
        }

        var current = await couplings.FindByBusinessCentralIdAsync(mapping.Name, record.Id, cancellationToken).ConfigureAwait(false);
        if (await LiveCouplingAsync(mapping, current, Side.Sales, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return CreateResult.Refused(new CoupleResult(CoupleOutcome.RecordAlreadyCoupled, Existing: existing, Record: record));
        }

        var (sales, earlier) = await CreateSalesOnceAsync(mapping, record.Id, SalesValues(mapping, record), cancellationToken).ConfigureAwait(false);
        var outcome = earlier ? CreateOutcome.FoundFromEarlierAttempt : CreateOutcome.Created;

        return new CreateResult(outcome, await LinkAsync(mapping, record, sales, requestedBy, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Creates the Sales record for a Business Central record under a key derived from it, so a retry
    /// targets the same key: a duplicate then means an earlier attempt made it, and that record is
    /// returned (<c>Earlier</c> true). A duplicate with nothing under the key is about another unique
    /// value and is not ours: it is thrown.
    /// </summary>
    private async Task<(EntityRecord Record, bool Earlier)> CreateSalesOnceAsync(
        TableMapping mapping, string businessCentralId, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var key = CreateKeys.SalesKey(mapping.Name, businessCentralId);
        try
        {
            return (await clients.Sales.CreateAsync(mapping.Sales, key, values, mapping.SalesFields, cancellationToken).ConfigureAwait(false), false);
        }
        catch (DuplicateRecordException)
        {
            var earlier = await clients.Sales.GetAsync(mapping.Sales, key, mapping.SalesFields, cancellationToken).ConfigureAwait(false);
            if (earlier is null)
            {
                throw;
            }

            return (earlier, true);
        }
    }
}
