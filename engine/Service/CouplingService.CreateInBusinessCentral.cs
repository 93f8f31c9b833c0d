using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Creates the Business Central record for the Sales record <paramref name="salesId"/> from its enabled,
    /// plain-copy fields that flow from Sales, and couples the two (option-mapped and lookup fields are
    /// left to the first synchronization). A value Business Central refuses (e.g. a country name longer
    /// than its 10-character code) fails the create with the service's message, and nothing is made. Refused, with nothing written, when the Sales record is
    /// missing, outside the mapping's filter, or coupled already (a coupling whose Business Central record
    /// was deleted is removed first).
    /// </summary>
    /// <remarks>
    /// Business Central assigns keys itself, so the key can't make this retry-safe; the number does. The
    /// new record's number is <see cref="CreateKeys.BusinessCentralNumber"/> of the Sales id
    /// (<c>CRM</c> + 17 hex digits of it), and numbers are unique per company. Each attempt first looks the
    /// number up: found means an earlier attempt created the record (<see cref="CreateOutcome.FoundFromEarlierAttempt"/>),
    /// and it is coupled instead of created again; a create that meets "same key exists" (a concurrent or
    /// re-sent attempt) looks it up again. No pending intent needs storing: the number is the intent,
    /// written atomically with the record. This needs the customer number series to allow manual numbers;
    /// where it doesn't, Business Central refuses the create and nothing is made or coupled.
    /// </remarks>
    public async Task<CreateResult> CreateInBusinessCentralAsync(TableMapping mapping, string salesId, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentException.ThrowIfNullOrWhiteSpace(salesId);
        var sales = await clients.Sales.GetAsync(mapping.Sales, salesId, mapping.SalesFields, cancellationToken).ConfigureAwait(false);
        if (sales is null)
        {
            return CreateResult.Refused(new CoupleResult(CoupleOutcome.SalesRecordNotFound));
        }

        if (!mapping.SalesFilter.Allows(sales))
        {
            return CreateResult.Refused(new CoupleResult(CoupleOutcome.SalesRecordFiltered, SalesRecord: sales, FilterDescription: mapping.SalesFilter.Description));
        }

        var current = await couplings.FindBySalesIdAsync(mapping.Name, sales.Id, cancellationToken).ConfigureAwait(false);
        if (await LiveCouplingAsync(mapping, current, Side.BusinessCentral, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return CreateResult.Refused(new CoupleResult(CoupleOutcome.SalesRecordAlreadyCoupled, Existing: existing, SalesRecord: sales));
        }

        var number = CreateKeys.BusinessCentralNumber(sales.Id);
        var (record, outcome) = await FindOrCreateAsync(mapping, sales, number, cancellationToken).ConfigureAwait(false);
        if (!mapping.BusinessCentralFilter.Allows(record))
        {
            return new CreateResult(outcome, new CoupleResult(CoupleOutcome.RecordFiltered, Record: record, SalesRecord: sales, FilterDescription: mapping.BusinessCentralFilter.Description));
        }

        return new CreateResult(outcome, await LinkAsync(mapping, record, sales, requestedBy, cancellationToken).ConfigureAwait(false));
    }

    private async Task<(EntityRecord Record, CreateOutcome Outcome)> FindOrCreateAsync(TableMapping mapping, EntityRecord sales, string number, CancellationToken cancellationToken)
    {
        if (await FindRecordAsync(mapping, number, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            return (earlier, CreateOutcome.FoundFromEarlierAttempt);
        }

        var values = mapping.Fields.Where(f => f.FlowsFromSales && f.Enabled && f.IsPlainCopy)
            .ToDictionary(f => f.BusinessCentralField, f => FieldValues.Normalize(sales.Fields.GetValueOrDefault(f.SalesField)), StringComparer.Ordinal);
        values[mapping.BusinessCentralNumberField] = number;
        try
        {
            var created = await clients.BusinessCentral.CreateAsync(mapping.BusinessCentral, null, values, mapping.BusinessCentralFields, cancellationToken).ConfigureAwait(false);
            return (created, CreateOutcome.Created);
        }
        catch (DuplicateRecordException)
        {
            var found = await FindRecordAsync(mapping, number, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                throw;
            }

            return (found, CreateOutcome.FoundFromEarlierAttempt);
        }
    }
}
