using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Stores the coupling of two records already read and checked (forward and reverse row in one
    /// transaction); when a side is coupled already, says which, as <see cref="CoupleAsync"/> does, except
    /// that two records coupled to each other already count as coupled (so a repeated create succeeds).
    /// </summary>
    private async Task<CoupleResult> LinkAsync(TableMapping mapping, EntityRecord record, EntityRecord sales, string requestedBy, CancellationToken cancellationToken)
    {
        var coupling = new Coupling(
            mapping.Name, record.Id, sales.Id, record[mapping.BusinessCentralNumberField] ?? "",
            sales[mapping.SalesNameField] ?? "", clock.GetUtcNow(), requestedBy);
        if (await couplings.TryAddAsync(coupling, cancellationToken).ConfigureAwait(false))
        {
            Log.Coupled(logger, mapping.Name, coupling.BusinessCentralNumber, sales.Id);
            var stored = await couplings.FindByBusinessCentralIdAsync(mapping.Name, record.Id, cancellationToken).ConfigureAwait(false);
            return new CoupleResult(CoupleOutcome.Coupled, stored ?? coupling, Record: record, SalesRecord: sales);
        }

        var existing = await couplings.FindByBusinessCentralIdAsync(mapping.Name, record.Id, cancellationToken).ConfigureAwait(false);
        if (existing is not null && string.Equals(existing.SalesId, sales.Id, StringComparison.OrdinalIgnoreCase))
        {
            // Coupled to each other already (a concurrent attempt of the same create): done, not refused.
            return new CoupleResult(CoupleOutcome.Coupled, existing, Record: record, SalesRecord: sales);
        }

        return existing is not null
            ? new CoupleResult(CoupleOutcome.RecordAlreadyCoupled, Existing: existing, Record: record, SalesRecord: sales)
            : new CoupleResult(CoupleOutcome.SalesRecordAlreadyCoupled,
                Existing: await couplings.FindBySalesIdAsync(mapping.Name, sales.Id, cancellationToken).ConfigureAwait(false),
                Record: record, SalesRecord: sales);
    }

    /// <summary>
    /// The coupling in the way of creating a counterpart, or null. A broken coupling (its counterpart was
    /// deleted) is removed first, as the anchor's "Create" cleans those up.
    /// </summary>
    private async Task<Coupling?> LiveCouplingAsync(TableMapping mapping, Coupling? coupling, Side counterpart, CancellationToken cancellationToken)
    {
        if (coupling is null)
        {
            return null;
        }

        var other = counterpart == Side.Sales
            ? await clients.Sales.GetAsync(mapping.Sales, coupling.SalesId, mapping.SalesFields, cancellationToken).ConfigureAwait(false)
            : await clients.BusinessCentral.GetAsync(mapping.BusinessCentral, coupling.BusinessCentralId, mapping.BusinessCentralFields, cancellationToken).ConfigureAwait(false);
        if (other is not null)
        {
            return coupling;
        }

        return await couplings.TryRemoveAsync(coupling, cancellationToken).ConfigureAwait(false) ? null : coupling;
    }
}
