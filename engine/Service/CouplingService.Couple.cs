using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Couples the Business Central record with <paramref name="number"/> to the Sales record
    /// <paramref name="salesId"/>. Refused, with nothing written, when either record is missing,
    /// outside the mapping's filters, or coupled already.
    /// </summary>
    public async Task<CoupleResult> CoupleAsync(TableMapping mapping, string number, string salesId, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        ArgumentException.ThrowIfNullOrWhiteSpace(salesId);

        var record = await FindRecordAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return new CoupleResult(CoupleOutcome.RecordNotFound);
        }

        if (!mapping.BusinessCentralFilter.Allows(record))
        {
            return new CoupleResult(CoupleOutcome.RecordFiltered, Record: record, FilterDescription: mapping.BusinessCentralFilter.Description);
        }

        var sales = await clients.Sales.GetAsync(mapping.Sales, salesId, mapping.SalesFields, cancellationToken).ConfigureAwait(false);
        if (sales is null)
        {
            return new CoupleResult(CoupleOutcome.SalesRecordNotFound, Record: record);
        }

        if (!mapping.SalesFilter.Allows(sales))
        {
            return new CoupleResult(CoupleOutcome.SalesRecordFiltered, Record: record, SalesRecord: sales, FilterDescription: mapping.SalesFilter.Description);
        }

        var coupling = new Coupling(
            mapping.Name, record.Id, sales.Id, record[mapping.BusinessCentralNumberField] ?? number,
            sales[mapping.SalesNameField] ?? "", clock.GetUtcNow(), requestedBy);
        if (await couplings.TryAddAsync(coupling, cancellationToken).ConfigureAwait(false))
        {
            Log.Coupled(logger, mapping.Name, coupling.BusinessCentralNumber, sales.Id);
            var stored = await couplings.FindByBusinessCentralIdAsync(mapping.Name, record.Id, cancellationToken).ConfigureAwait(false);
            return new CoupleResult(CoupleOutcome.Coupled, stored ?? coupling, Record: record, SalesRecord: sales);
        }

        // One side is coupled already (perhaps by a concurrent request): say which.
        var existing = await couplings.FindByBusinessCentralIdAsync(mapping.Name, record.Id, cancellationToken).ConfigureAwait(false);
        return existing is not null
            ? new CoupleResult(CoupleOutcome.RecordAlreadyCoupled, Existing: existing, Record: record, SalesRecord: sales)
            : new CoupleResult(CoupleOutcome.SalesRecordAlreadyCoupled,
                Existing: await couplings.FindBySalesIdAsync(mapping.Name, sales.Id, cancellationToken).ConfigureAwait(false),
                Record: record, SalesRecord: sales);
    }

    /// <summary>Removes the coupling of the record with <paramref name="number"/>; false when it was not coupled.</summary>
    public async Task<UncoupleResult> UncoupleAsync(TableMapping mapping, string number, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var record = await FindRecordAsync(mapping, number, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return new UncoupleResult(UncoupleOutcome.RecordNotFound);
        }

        var coupling = await couplings.FindByBusinessCentralIdAsync(mapping.Name, record.Id, cancellationToken).ConfigureAwait(false);
        if (coupling is null)
        {
            return new UncoupleResult(UncoupleOutcome.NotCoupled, record);
        }

        if (!await couplings.TryRemoveAsync(coupling, cancellationToken).ConfigureAwait(false))
        {
            return new UncoupleResult(UncoupleOutcome.ChangedMeanwhile, record, coupling);
        }

        Log.Uncoupled(logger, mapping.Name, coupling.BusinessCentralNumber, coupling.SalesId);
        return new UncoupleResult(UncoupleOutcome.Uncoupled, record, coupling);
    }
}
