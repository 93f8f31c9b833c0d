using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Service;

public sealed partial class CouplingService
{
    /// <summary>
    /// Carries out a match run's decisions: the Sales records to create are created together first
    /// (<see cref="CreateSalesManyAsync"/>), then every decided pair is coupled. Entries come back in step
    /// order, applied or with the reason they were refused.
    /// </summary>
    private async Task<IReadOnlyList<MatchEntry>> CarryOutAsync(
        TableMapping mapping, IReadOnlyList<MatchStep> steps, string requestedBy, CancellationToken cancellationToken)
    {
        var entries = steps.Select(s => s.Entry).ToArray();
        var sales = steps.Select(s => s.Sales).ToArray();
        var toCreate = Enumerable.Range(0, steps.Count)
            .Where(i => steps[i] is { Entry.Action: MatchAction.CreateNew, Sales: null, Record: not null }).ToList();
        var made = await CreateSalesManyAsync(mapping, [.. toCreate.Select(i => steps[i].Record!)], cancellationToken).ConfigureAwait(false);
        for (var j = 0; j < toCreate.Count; j++)
        {
            var i = toCreate[j];
            sales[i] = made[j].Record;
            if (made[j].Failure is { } failure)
            {
                entries[i] = entries[i] with { Failure = failure };
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Record is not { } record || sales[i] is not { } target || entries[i].Action == MatchAction.LeaveAlone)
            {
                continue;
            }

            var result = await LinkAsync(mapping, record, target, requestedBy, cancellationToken).ConfigureAwait(false);
            entries[i] = result.Outcome == CoupleOutcome.Coupled
                ? entries[i] with { Applied = true, SalesId = target.Id }
                : entries[i] with { Failure = Refusal(result) };
        }

        return entries;
    }

    /// <summary>
    /// Creates the Sales records of many Business Central records (their enabled plain-copy fields that flow
    /// to Sales), each under its <see cref="CreateKeys.SalesKey"/>, as the configured <see cref="SyncStrategy"/> sends
    /// them: Batched through <see cref="IBatchRecordClient.CreateManyAsync"/>, one <c>$batch</c> per chunk of the
    /// client's batch size; PerRecord, as the anchor does, one <c>GET</c> under the key and then one <c>POST</c> per
    /// record. A record already under the key means an earlier attempt made it: it is returned (<c>Earlier</c>), not
    /// made again. Results in record order; a record the service refused carries the reason.
    /// </summary>
    private async Task<IReadOnlyList<SalesCreated>> CreateSalesManyAsync(
        TableMapping mapping, IReadOnlyList<EntityRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return [];
        }

        var creates = records.Select(r => new RecordCreate(CreateKeys.SalesKey(mapping.Name, r.Id), SalesValues(mapping, r))).ToList();
        var results = await requests.CreateManyAsync(clients.Sales, mapping.Sales, creates, mapping.SalesFields, cancellationToken).ConfigureAwait(false);
        return [.. results.Select(r => r.Record is { } record
            ? new SalesCreated(record, r.Earlier, null)
            : new SalesCreated(null, false, r.Error?.Message ?? "Sales did not create the record."))];
    }

    /// <summary>The values a new Sales record gets: the enabled, plain-copy fields that flow to Sales.</summary>
    private static Dictionary<string, string?> SalesValues(TableMapping mapping, EntityRecord record) =>
        mapping.Fields.Where(f => f.FlowsToSales && f.Enabled && f.IsPlainCopy)
            .ToDictionary(f => f.SalesField, f => FieldValues.Normalize(record.Fields.GetValueOrDefault(f.BusinessCentralField)), StringComparer.Ordinal);

    /// <summary>Why a coupling was refused, in words.</summary>
    private static string Refusal(CoupleResult result) => result.Outcome switch
    {
        CoupleOutcome.RecordAlreadyCoupled => $"coupled meanwhile to Sales record {result.Existing?.SalesId}",
        CoupleOutcome.SalesRecordAlreadyCoupled => $"the Sales record was coupled meanwhile to {result.Existing?.BusinessCentralNumber}",
        _ => $"not coupled: {result.Outcome}",
    };

    /// <summary>A Sales record made for a Business Central record, or why not.</summary>
    /// <param name="Record">The record as stored, or null when it could not be made.</param>
    /// <param name="Earlier">True when an earlier attempt had made it.</param>
    /// <param name="Failure">Why it could not be made.</param>
    private sealed record SalesCreated(EntityRecord? Record, bool Earlier, string? Failure);
}
