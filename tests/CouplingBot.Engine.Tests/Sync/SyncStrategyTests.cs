using System.Text.RegularExpressions;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;
using CouplingBot.Engine.Tests.Incremental;
using CouplingBot.Engine.Tests.Service;
using CouplingBot.Sandbox.Control;
using Microsoft.Extensions.Logging.Abstractions;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>
/// The two sync strategies against the sandbox and Azurite: the same work ends in the same records and couplings, and
/// differs only in the requests: Batched sends <c>$batch</c>es, PerRecord (the anchor's) one request per record.
/// </summary>
public sealed partial class SyncStrategyTests(IncrementalSandbox sandbox) : IClassFixture<IncrementalSandbox>
{
    private const int Coupled = 30;
    private const int Changed = 10;
    private const int Created = 25;

    private static readonly TableMapping Mapping = IncrementalSandbox.Mapping;

    private static readonly MatchCriteria CreateOnly = new([], CreateNewIfNoMatch: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SameScenario_BothStrategies_SameEndState_AndRequestsDifferOnlyInGrouping()
    {
        var batched = await RunScenarioAsync(SyncStrategy.Batched);
        var perRecord = await RunScenarioAsync(SyncStrategy.PerRecord);

        Assert.Equal(batched.EndState, perRecord.EndState);
        Assert.Equal(Coupled + Created, batched.EndState.Count);
        Assert.Equal(Changed, batched.EndState.Count(s => s.Contains("address1_city=Ripon", StringComparison.Ordinal)));
        Assert.Equal(Created, batched.EndState.Count(s => s.Contains("name=Strategy Customer", StringComparison.Ordinal)));

        // Incremental sync of 10 Business Central edits: the counterparts written in Sales; Batched writes them from
        // their last synchronized state (the delta feed shows them unchanged), PerRecord reads each first.
        Assert.Equal(new Dictionary<string, int>
        {
            ["dataverse $batch PATCH"] = 1, ["dataverse $batch PATCH parts"] = Changed,
        }, RecordRequests(batched.Incremental));
        Assert.Equal(new Dictionary<string, int>
        {
            ["dataverse GET accounts(id)"] = Changed, ["dataverse PATCH accounts(id)"] = Changed,
        }, RecordRequests(perRecord.Incremental));

        // 25 Business Central records created in Sales and coupled: PerRecord checks under each create key, then inserts.
        Assert.Equal(new Dictionary<string, int>
        {
            ["dataverse $batch POST"] = 1, ["dataverse $batch POST parts"] = Created,
        }, RecordRequests(batched.CreateAndCouple));
        Assert.Equal(new Dictionary<string, int>
        {
            ["dataverse GET accounts(id)"] = Created, ["dataverse POST accounts"] = Created,
        }, RecordRequests(perRecord.CreateAndCouple));
        Assert.All(perRecord.CreateAndCouple.Where(e => e is { Method: "GET" } && IsRecordUrl(e)), e => Assert.Equal(404, e.Status));

        // Both read Business Central's changes with the same watermark query (page size 2: 5 pages for 10 changes) and
        // Sales's with one delta read; everything else (records read by number, lookups) is the same code too.
        foreach (var journal in new[] { batched.Incremental, perRecord.Incremental })
        {
            var changes = journal.Where(e => e is { Service: "bc", Method: "GET" } && Set(e) == "customers").ToList();
            Assert.Equal(Changed / 2, changes.Count);
            Assert.All(changes, e => Assert.Contains("lastModifiedDateTime gt ", Uri.UnescapeDataString(e.PathAndQuery), StringComparison.Ordinal));
            Assert.Single(journal, e => e is { Service: "dataverse", Method: "GET" } && Set(e) == "accounts");
        }

        Assert.Equal(OtherRequests(batched.Incremental), OtherRequests(perRecord.Incremental));
        Assert.Equal(OtherRequests(batched.CreateAndCouple), OtherRequests(perRecord.CreateAndCouple));
        Assert.DoesNotContain(perRecord.Incremental.Concat(perRecord.CreateAndCouple), e => e.PathAndQuery.Contains("$batch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PerRecordCreate_AccountCreatedEarlierButNotCoupled_IsFoundByItsReadAndCoupledWithoutAPost()
    {
        var rig = await StartAsync(SyncStrategy.PerRecord);
        var first = await rig.Service.MatchAndCoupleManyAsync(Mapping, CreateOnly, ["60000", "70000"], "tester", Ct);
        Assert.Equal(2, first.Created);
        var lost = Assert.Single(await ServiceSandbox.ListAsync(rig.Store), c => c.BusinessCentralNumber == "70000");
        Assert.True(await rig.Store.TryRemoveAsync(lost, Ct)); // "crashed" before this coupling was stored
        sandbox.Journal.Clear();

        var again = await rig.Service.MatchAndCoupleManyAsync(Mapping, CreateOnly, ["60000", "70000"], "tester", Ct);

        Assert.Equal("coupled already", again.Entries[0].Reason);
        Assert.Equal((false, true), (again.Entries[0].Applied, again.Entries[1].Applied));
        Assert.Equal(lost.SalesId, again.Entries[1].SalesId);
        var dataverse = sandbox.Journal.List(service: "dataverse");
        Assert.Equal(200, Assert.Single(dataverse, IsRecordUrl).Status); // the check before the insert found it
        Assert.DoesNotContain(dataverse, e => e.Method is "POST" or "PATCH");
        Assert.Equal(2, (await ServiceSandbox.ListAsync(rig.Store)).Count);
    }

    [Fact]
    public async Task RefusedWrite_BothStrategies_RecordTheSameFailureOnTheCoupling()
    {
        var failures = new List<string?>();
        foreach (var strategy in new[] { SyncStrategy.Batched, SyncStrategy.PerRecord })
        {
            var rig = await StartAsync(strategy);
            var pairs = await sandbox.CoupleNewAsync(rig, 2);
            await rig.Sync.RunAsync(Mapping, Ct);
            // Sales takes 50 characters of phone number, Business Central 30: the write to Business Central is refused.
            var account = (await sandbox.Sales.GetAsync(Mapping.Sales, pairs[0].AccountId, Mapping.SalesFields, Ct))!;
            await sandbox.Sales.UpdateAsync(Mapping.Sales, account.Id, account.ETag,
                new Dictionary<string, string?> { ["telephone1"] = new string('4', 40) }, Mapping.SalesFields, Ct);
            sandbox.Journal.Clear();

            var run = await rig.Sync.RunAsync(Mapping, Ct);

            Assert.Equal((1, 0, 0), (run.Failed, run.ModifiedInBusinessCentral, run.ModifiedInSales));
            Assert.Equal(strategy == SyncStrategy.PerRecord, sandbox.Journal.List(service: "bc", method: "PATCH").Count == 1);
            var failure = (await rig.Store.FindByBusinessCentralIdAsync(Mapping.Name, pairs[0].CustomerId, Ct))!.LastSync!.Failure;
            Assert.Equal((1, false), (failure!.Count, failure.Skipped));
            failures.Add(failure.Error);
        }

        Assert.NotEmpty(failures[0]!);
        Assert.Equal(failures[0], failures[1]);
    }

    /// <summary>
    /// 30 coupled pairs synchronized once, 10 of them edited in Business Central and synchronized incrementally, then 25
    /// new Business Central records created in Sales and coupled; answers each phase's requests and the end state.
    /// </summary>
    private async Task<ScenarioResult> RunScenarioAsync(SyncStrategy strategy)
    {
        var rig = await StartAsync(strategy);
        var pairs = await sandbox.CoupleNewAsync(rig, Coupled);
        var baseline = await rig.Sync.RunAsync(Mapping, Ct);
        Assert.Equal((0, 0, 0), (baseline.ModifiedInSales, baseline.ModifiedInBusinessCentral, baseline.Failed));
        foreach (var (customerId, _, _) in pairs.Take(Changed))
        {
            var customer = (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, customerId, Mapping.BusinessCentralFields, Ct))!;
            await sandbox.BusinessCentral.UpdateAsync(Mapping.BusinessCentral, customer.Id, customer.ETag,
                new Dictionary<string, string?> { ["city"] = "Ripon" }, Mapping.BusinessCentralFields, Ct);
        }

        sandbox.Journal.Clear();
        var run = await rig.Sync.RunAsync(Mapping, Ct);
        var incremental = sandbox.Journal.List();
        Assert.Equal((Changed, 0, 0, 0), (run.ModifiedInSales, run.ModifiedInBusinessCentral, run.Conflicts, run.Failed));

        var numbers = new List<string>();
        for (var i = 0; i < Created; i++)
        {
            var customer = await sandbox.BusinessCentral.CreateAsync(Mapping.BusinessCentral, null,
                new Dictionary<string, string?> { ["displayName"] = $"Strategy Customer {i}", ["city"] = "Selby" }, Mapping.BusinessCentralFields, Ct);
            numbers.Add(customer["number"]!);
        }

        sandbox.Journal.Clear();
        var report = await rig.Service.MatchAndCoupleManyAsync(Mapping, CreateOnly, numbers, "tester", Ct);
        var createAndCouple = sandbox.Journal.List();
        Assert.Equal((Created, 0), (report.Created, report.Failed));

        return new ScenarioResult(incremental, createAndCouple, await EndStateAsync(rig.Store));
    }

    /// <summary>A fresh sandbox and tables, with a service and an incremental sync that send their requests by <paramref name="strategy"/>.</summary>
    private async Task<TestRig> StartAsync(SyncStrategy strategy)
    {
        var rig = await sandbox.StartTestAsync();
        var service = new CouplingService(new ServiceClients(sandbox.BusinessCentral, sandbox.Sales), rig.Store, TimeProvider.System,
            NullLogger<CouplingService>.Instance, sync: new SyncStrategyOptions { Strategy = strategy });
        var sync = new IncrementalSync(sandbox.BusinessCentral, sandbox.Sales, rig.Store, service, rig.Watermarks, TimeProvider.System, NullLogger<IncrementalSync>.Instance);
        return rig with { Service = service, Sync = sync };
    }

    /// <summary>
    /// Every coupling with both records' mapped values, in number order, without what differs from run to run by
    /// nature (keys, versions, modified-on): one line per pair.
    /// </summary>
    private async Task<List<string>> EndStateAsync(TableCouplingStore store)
    {
        var lines = new List<string>();
        foreach (var coupling in (await ServiceSandbox.ListAsync(store)).OrderBy(c => c.BusinessCentralNumber, StringComparer.Ordinal))
        {
            var customer = (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, coupling.BusinessCentralId, Mapping.BusinessCentralFields, Ct))!;
            var account = (await sandbox.Sales.GetAsync(Mapping.Sales, coupling.SalesId, Mapping.SalesFields, Ct))!;
            Assert.Null(coupling.LastSync?.Failure);
            lines.Add($"{coupling.BusinessCentralNumber} | {coupling.SalesName} | {Values(customer)} | {Values(account)}");
        }

        return lines;
    }

    private static string Values(EntityRecord record) => string.Join(", ", record.Fields
        .Where(f => !string.Equals(f.Value, record.Id, StringComparison.OrdinalIgnoreCase) && !f.Key.Contains("modified", StringComparison.OrdinalIgnoreCase))
        .OrderBy(f => f.Key, StringComparer.Ordinal)
        .Select(f => $"{f.Key}={f.Value}"));

    /// <summary>The requests for single records and batches, by service and operation (batches also by their parts).</summary>
    private static Dictionary<string, int> RecordRequests(IEnumerable<JournalEntry> journal)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in journal)
        {
            if (entry.PathAndQuery.Contains("$batch", StringComparison.Ordinal))
            {
                var parts = BatchPart().Matches(entry.Body).Select(m => m.Groups["method"].Value).ToList();
                var method = Assert.Single(parts.Distinct(StringComparer.Ordinal)); // a batch holds one operation
                Add($"{entry.Service} $batch {method}", 1);
                Add($"{entry.Service} $batch {method} parts", parts.Count);
            }
            else if (IsRecordUrl(entry))
            {
                Add($"{entry.Service} {entry.Method} accounts(id)", 1);
            }
            else if (entry is { Method: "POST" or "PATCH" or "DELETE" })
            {
                Add($"{entry.Service} {entry.Method} {Set(entry)}", 1);
            }
        }

        return counts;

        void Add(string key, int count) => counts[key] = counts.GetValueOrDefault(key) + count;
    }

    /// <summary>Everything else, in order: the feeds and queries both strategies share.</summary>
    private static List<string> OtherRequests(IEnumerable<JournalEntry> journal) =>
        [.. journal.Where(e => e.Method == "GET" && !IsRecordUrl(e) && !e.PathAndQuery.Contains("$batch", StringComparison.Ordinal))
            .Select(e => $"{e.Service} {e.Method} {Set(e)}").Order(StringComparer.Ordinal)];

    private static bool IsRecordUrl(JournalEntry entry) => entry.Method is "GET" or "PATCH" && AccountById().IsMatch(entry.PathAndQuery);

    private static string Set(JournalEntry entry) => entry.PathAndQuery.Split('?')[0].Split('/')[^1];

    [GeneratedRegex(@"/accounts\([0-9a-fA-F-]{36}\)")]
    private static partial Regex AccountById();

    // Dataverse multipart parts ("GET http..."), Business Central JSON parts ("method":"GET").
    [GeneratedRegex("""^(?<method>GET|PATCH|POST|DELETE) http|"method":"(?<method>GET|PATCH|POST|DELETE)"|^(?<method>GET|PATCH|POST|DELETE) /""", RegexOptions.Multiline)]
    private static partial Regex BatchPart();

    private sealed record ScenarioResult(IReadOnlyList<JournalEntry> Incremental, IReadOnlyList<JournalEntry> CreateAndCouple, List<string> EndState);
}
