using System.Collections.Concurrent;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;

namespace CouplingBot.Engine.Lookups;

/// <summary>
/// Reads what a mapping's lookup and code fields need to translate a set of records (<see cref="LookupValues"/>),
/// so the planner can translate without I/O. Its cost follows the distinct values among the records, never the
/// size of the related tables: a Business Central query per 25 distinct keys, a coupling look-up per key, and
/// one read of each small reference table (payment terms). A related record that is not coupled yet is coupled
/// here when its mapping has an <see cref="TableMapping.AutoCouple"/> rule and exactly one Sales record matches.
/// </summary>
/// <param name="clients">Both services (related records, reference tables, auto-coupling candidates).</param>
/// <param name="couplings">The couplings the lookups translate through.</param>
/// <param name="mappings">The mappings lookups name (for the related records' entity sets).</param>
/// <param name="clock">When auto-couplings are made.</param>
public sealed class LookupResolver(ServiceClients clients, ICouplingStore couplings, MappingCatalog mappings, TimeProvider clock)
{
    /// <summary>Who an automatic coupling names as having made it (followed by the rule's reason).</summary>
    public const string AutoCoupledBy = "CouplingBot";

    private const int KeysPerQuery = 25;
    private const int Parallelism = 8;

    /// <summary>The contact-to-customer relations of Business Central (read-only, company-scoped, no modified-on).</summary>
    public static EntitySet ContactsInformation { get; } = new("contactsInformation", "contactId", "");

    /// <summary>Everything the enabled fields of <paramref name="mapping"/> need to translate these records' values.</summary>
    public async Task<LookupValues> ResolveAsync(
        TableMapping mapping, IReadOnlyCollection<EntityRecord> businessCentralRecords, IReadOnlyCollection<EntityRecord> salesRecords, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(businessCentralRecords);
        ArgumentNullException.ThrowIfNull(salesRecords);
        var values = LookupValues.None;
        foreach (var field in mapping.EnabledFields.Where(f => !f.IsPlainCopy && f.Constant is null))
        {
            var bcValues = Distinct(businessCentralRecords, field.BusinessCentralField);
            if (field.EmptyMeans is { } local && !bcValues.Contains(local, StringComparer.OrdinalIgnoreCase))
            {
                bcValues.Add(local);
            }

            var salesValues = Distinct(salesRecords, field.SalesReadField);
            if (field.BusinessCentralCodes is { } codes && (bcValues.Count > 0 || salesValues.Count > 0))
            {
                values = await AddCodesAsync(values, codes, cancellationToken).ConfigureAwait(false);
            }

            if (field.Lookup is { } lookup)
            {
                values = await AddCouplingsAsync(values, lookup, field.FlowsToSales ? bcValues : [], salesValues, cancellationToken).ConfigureAwait(false);
            }
        }

        return values;
    }

    private async Task<LookupValues> AddCodesAsync(LookupValues values, CodeTable codes, CancellationToken cancellationToken)
    {
        await foreach (var record in clients.BusinessCentral.QueryAsync(codes.Set, new RecordQuery(null, [codes.CodeField]), cancellationToken).ConfigureAwait(false))
        {
            if (record[codes.CodeField] is { } code)
            {
                values = values.WithCode(codes, record.Id, code);
            }
        }

        return values;
    }

    private async Task<LookupValues> AddCouplingsAsync(
        LookupValues values, FieldLookup lookup, IReadOnlyList<string> businessCentralKeys, IReadOnlyList<string> salesIds, CancellationToken cancellationToken)
    {
        var related = mappings[lookup.Mapping];
        var found = new ConcurrentBag<(string Key, string SalesId)>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };

        var recordsByKey = await BusinessCentralRecordsAsync(related, lookup.BusinessCentralKeyField, businessCentralKeys, cancellationToken).ConfigureAwait(false);
        await Parallel.ForEachAsync(recordsByKey, options, async (pair, ct) =>
        {
            var (id, record) = pair.Value;
            var coupling = await couplings.FindByBusinessCentralIdAsync(related.Name, id, ct).ConfigureAwait(false)
                ?? (record is null ? null : await AutoCoupleAsync(related, record, ct).ConfigureAwait(false));
            if (coupling is not null)
            {
                found.Add((pair.Key, coupling.SalesId));
            }
        }).ConfigureAwait(false);

        // Sales ids back to Business Central keys: only where the key is what couplings remember (the related record's number).
        if (string.Equals(lookup.BusinessCentralKeyField, related.BusinessCentralNumberField, StringComparison.Ordinal))
        {
            await Parallel.ForEachAsync(salesIds, options, async (id, ct) =>
            {
                var coupling = await couplings.FindBySalesIdAsync(related.Name, id, ct).ConfigureAwait(false)
                    ?? await AutoCoupleSalesAsync(related, id, ct).ConfigureAwait(false);
                if (coupling is not null)
                {
                    found.Add((coupling.BusinessCentralNumber, coupling.SalesId));
                }
            }).ConfigureAwait(false);
        }

        foreach (var (key, salesId) in found)
        {
            values = values.WithCoupling(lookup.Mapping, lookup.BusinessCentralKeyField, key, salesId);
        }

        return values;
    }

    /// <summary>
    /// The Business Central id of each related record with one of these keys (keys without a record are left out),
    /// with the record itself when the related mapping may auto-couple it.
    /// </summary>
    private async Task<Dictionary<string, (string Id, EntityRecord? Record)>> BusinessCentralRecordsAsync(
        TableMapping related, string keyField, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, (string, EntityRecord?)>(StringComparer.OrdinalIgnoreCase);
        var company = string.Equals(keyField, ContactMapping.CompanyContactKey, StringComparison.Ordinal);

        // A contact's company is a company contact; the customer is the one related to it in contactsInformation.
        var (set, field, fields) = company
            ? (ContactsInformation, "contactNumber", (IReadOnlyCollection<string>)["contactNumber", "relatedId"])
            : (related.BusinessCentral, keyField, [.. related.BusinessCentralFields.Append(keyField).Append(related.AutoCouple?.BusinessCentralField ?? keyField).Distinct()]);
        foreach (var chunk in keys.Chunk(KeysPerQuery))
        {
            var filter = ODataFilter.AnyOf(chunk.Select(k => ODataFilter.Equal(field, k)));
            if (company)
            {
                filter = ODataFilter.AllOf([$"({filter})", ODataFilter.Equal("relatedType", "Customer")]);
            }

            await foreach (var record in clients.BusinessCentral.QueryAsync(set, new RecordQuery(filter, fields), cancellationToken).ConfigureAwait(false))
            {
                if (record[field] is not { } key)
                {
                    continue;
                }

                if (company)
                {
                    if (record["relatedId"] is { } customerId)
                    {
                        found[key] = (customerId, null);
                    }
                }
                else
                {
                    found[key] = (record.Id, related.AutoCouple is null ? null : record);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Couples a related record by its mapping's <see cref="TableMapping.AutoCouple"/> rule when exactly one active
    /// Sales record matches and neither side is coupled yet; null otherwise (the lookup then reports "not coupled").
    /// </summary>
    private async Task<Coupling?> AutoCoupleAsync(TableMapping related, EntityRecord record, CancellationToken cancellationToken)
    {
        if (related.AutoCouple is not { } rule || record[rule.BusinessCentralField] is not { } value || !related.AllowsBusinessCentral(record))
        {
            return null;
        }

        var fields = related.SalesFields.Append(rule.SalesField).Distinct().ToList();
        var sales = await SingleMatchAsync(clients.Sales, related.Sales, rule.SalesField, value, fields, related.AllowsSales, cancellationToken).ConfigureAwait(false);
        return sales is null ? null : await AddAsync(related, rule, record, sales, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same as <see cref="AutoCoupleAsync"/>, from a Sales record's id (a Sales value translated to Business Central).</summary>
    private async Task<Coupling?> AutoCoupleSalesAsync(TableMapping related, string salesId, CancellationToken cancellationToken)
    {
        if (related.AutoCouple is not { } rule)
        {
            return null;
        }

        var fields = related.SalesFields.Append(rule.SalesField).Distinct().ToList();
        if (await clients.Sales.GetAsync(related.Sales, salesId, fields, cancellationToken).ConfigureAwait(false) is not { } sales
            || sales[rule.SalesField] is not { } value || !related.AllowsSales(sales))
        {
            return null;
        }

        var bcFields = related.BusinessCentralFields.Append(rule.BusinessCentralField).Distinct().ToList();
        var record = await SingleMatchAsync(clients.BusinessCentral, related.BusinessCentral, rule.BusinessCentralField, value, bcFields, related.AllowsBusinessCentral, cancellationToken)
            .ConfigureAwait(false);
        return record is null ? null : await AddAsync(related, rule, record, sales, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The one record whose <paramref name="field"/> is <paramref name="value"/> and that the filter allows; null for none or several.</summary>
    private static async Task<EntityRecord?> SingleMatchAsync(
        IRecordClient client, EntitySet set, string field, string value, IReadOnlyCollection<string> fields, Func<EntityRecord, bool> allows, CancellationToken cancellationToken)
    {
        var matches = new List<EntityRecord>();
        await foreach (var candidate in client.QueryAsync(set, new RecordQuery(ODataFilter.Equal(field, value.Trim()), fields, Top: 3), cancellationToken).ConfigureAwait(false))
        {
            if (allows(candidate))
            {
                matches.Add(candidate);
            }
        }

        return matches is [var single] ? single : null;
    }

    private async Task<Coupling?> AddAsync(TableMapping related, AutoCoupleRule rule, EntityRecord record, EntityRecord sales, CancellationToken cancellationToken)
    {
        var coupling = new Coupling(related.Name, record.Id, sales.Id, record[related.BusinessCentralNumberField] ?? "",
            sales[related.SalesNameField] ?? "", clock.GetUtcNow(), $"{AutoCoupledBy} ({rule.Description})");
        return await couplings.TryAddAsync(coupling, cancellationToken).ConfigureAwait(false)
            ? coupling
            : await couplings.FindByBusinessCentralIdAsync(related.Name, record.Id, cancellationToken).ConfigureAwait(false);
    }

    private static List<string> Distinct(IReadOnlyCollection<EntityRecord> records, string field) =>
        field.Length == 0
            ? []
            : [.. records.Select(r => r[field]).OfType<string>().Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
}
