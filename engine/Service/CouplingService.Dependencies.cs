using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    private const int DependencyCandidatesRead = 200;
    private const int DependencyCandidatesShown = 5;

    /// <summary>
    /// What a person can do about a record that failed because a related record is not coupled: the related record
    /// and the uncoupled Sales records it may be, by name similarity. Null when the failure can't be fixed by coupling
    /// a record of that mapping here (a contact's company is fixed by coupling the customer: "couple customer ...").
    /// </summary>
    public async Task<DependencyFix?> FindDependencyFixAsync(DependencyNotCoupled failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Field.Lookup is not { } lookup || catalog.TryGet(failure.Mapping) is not { } related
            || !string.Equals(lookup.BusinessCentralKeyField, related.BusinessCentralNumberField, StringComparison.Ordinal))
        {
            return null;
        }

        var record = await FindRecordAsync(related, failure.SourceValue, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        var nameField = related.EnabledFields.FirstOrDefault(f => f.Label == "Name")?.BusinessCentralField ?? related.BusinessCentralNumberField;
        var name = record[nameField] ?? failure.SourceValue;
        var candidates = new List<DependencyCandidate>();
        var query = new RecordQuery(null, related.SalesFields, Top: DependencyCandidatesRead);
        await foreach (var sales in clients.Sales.QueryAsync(related.Sales, query, cancellationToken).ConfigureAwait(false))
        {
            if (related.AllowsSales(sales) && sales[related.SalesNameField] is { } salesName
                && await couplings.FindBySalesIdAsync(related.Name, sales.Id, cancellationToken).ConfigureAwait(false) is null)
            {
                candidates.Add(new DependencyCandidate(sales.Id, salesName, (int)Math.Round(NameSimilarity.Similarity(name, salesName) * 100)));
            }
        }

        return new DependencyFix(failure, related, record, name,
            [.. candidates.OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase).Take(DependencyCandidatesShown)]);
    }
}
