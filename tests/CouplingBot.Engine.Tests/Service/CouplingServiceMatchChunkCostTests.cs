using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Service;
using CouplingBot.Sandbox.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>
/// What a couple job's chunk (<see cref="CouplingService.MatchAndCoupleManyAsync"/>) reads from the couplings: only
/// its own records' and its candidates' couplings, by id, however many couplings the mapping has (issue 6).
/// </summary>
public sealed class CouplingServiceMatchChunkCostTests(ServiceSandbox sandbox) : IClassFixture<ServiceSandbox>
{
    private static readonly TableMapping Mapping = CustomerMapping.Default;

    private static readonly MatchCriteria CreateOnly = new([], CreateNewIfNoMatch: true);

    private static readonly MatchCriteria ByName = new([new MatchGroup(1, [new MatchField("displayName", "name")])]);

    // Couplings of records outside every chunk below: the mapping's "other" couplings a chunk must not read.
    private const int Others = 150;

    [Fact]
    public async Task MatchAndCoupleMany_MappingHasManyCouplings_LooksUpOnlyTheChunksRecordsAndCandidates()
    {
        var (service, store, counting) = await StartAsync();
        var ct = TestContext.Current.CancellationToken;

        var report = await service.MatchAndCoupleManyAsync(Mapping, ByName, ["30000", "10000", "99999"], "tester", ct);

        Assert.Equal([true, false, false], report.Entries.Select(e => e.Applied));
        Assert.Equal(SandboxSeed.JohnHaddockAccountId.ToString(), report.Entries[0].SalesId);
        Assert.Equal(0, counting.Listed);
        // The two records that exist: their couplings before (2) and once more each when coupled (at most 2).
        Assert.InRange(counting.FoundByBusinessCentralId, 2, 4);
        // The Sales records matching them by name: John Haddock only ("The Cannon Group PLC" has no namesake).
        Assert.InRange(counting.FoundBySalesId, 1, 2);
        Assert.Equal(Others + 1, (await ServiceSandbox.ListAsync(store)).Count);
    }

    [Fact]
    public async Task MatchAndCoupleMany_CreateOnlyRunTwice_SecondRunFindsEveryRecordCoupled_ByIdWithoutListing()
    {
        var (service, store, counting) = await StartAsync();
        var ct = TestContext.Current.CancellationToken;
        string[] numbers = ["40000", "50000", "60000", "70000", "80000", "90000"];
        var first = await service.MatchAndCoupleManyAsync(Mapping, CreateOnly, numbers, "tester", ct);
        counting.Reset();
        sandbox.Journal.Clear();

        var again = await service.MatchAndCoupleManyAsync(Mapping, CreateOnly, numbers, "tester", ct);

        Assert.Equal((0, 6, 0), (first.Coupled, first.Created, first.Failed));
        Assert.All(again.Entries, e => Assert.Equal("coupled already", e.Reason));
        Assert.All(again.Entries, e => Assert.False(e.Applied));
        Assert.Equal((0, numbers.Length, 0), (counting.Listed, counting.FoundByBusinessCentralId, counting.FoundBySalesId));
        Assert.Empty(sandbox.Journal.List(service: "dataverse"));
        Assert.Equal(Others + numbers.Length, (await ServiceSandbox.ListAsync(store)).Count);
        Assert.Equal(1, await sandbox.CountAsync(sandbox.Clients.Sales, Mapping.Sales, "name", "Blanemark Hi-Fi Shop"));
    }

    [Fact]
    public async Task MatchAndCoupleMany_OnlyMatchIsCoupledToARecordOutsideTheChunk_IsNoCandidate()
    {
        var (service, store, _) = await StartAsync();
        var ct = TestContext.Current.CancellationToken;
        var elsewhere = new Coupling(Mapping.Name, "bc-elsewhere", SandboxSeed.JohnHaddockAccountId.ToString(), "ELSEWHERE", "John Haddock Insurance Co.", Records.T0, "tester");
        Assert.True(await store.TryAddAsync(elsewhere, ct));

        var report = await service.MatchAndCoupleManyAsync(Mapping, ByName, ["30000"], "tester", ct);

        var entry = Assert.Single(report.Entries);
        Assert.False(entry.Applied);
        Assert.Null(entry.SalesId);
        Assert.Contains(CouplingMatcher.NoUniqueMatch, entry.Reason, StringComparison.Ordinal);
        Assert.Equal("bc-elsewhere", (await store.FindBySalesIdAsync(Mapping.Name, SandboxSeed.JohnHaddockAccountId.ToString(), ct))!.BusinessCentralId);
    }

    [Fact]
    public async Task MatchAndCoupleMany_SameMatchForTwoRecordsOfOneChunk_GoesToTheFirstOnly()
    {
        var (service, _, _) = await StartAsync();
        var ct = TestContext.Current.CancellationToken;
        // 10000 and 20000 both match by city and postal code once their values are the same as John Haddock's.
        var byPlace = new MatchCriteria([new MatchGroup(1, [new MatchField("city", "address1_city"), new MatchField("postalCode", "address1_postalcode")])]);
        foreach (var number in new[] { "10000", "20000" })
        {
            var customer = (await service.FindAsync(Mapping, number, ct))!.Record;
            await sandbox.Clients.BusinessCentral.UpdateAsync(Mapping.BusinessCentral, customer.Id, customer.ETag,
                new Dictionary<string, string?> { ["city"] = "Manchester", ["postalCode"] = "MO2 4RT" }, Mapping.BusinessCentralFields, ct);
        }

        var report = await service.MatchAndCoupleManyAsync(Mapping, byPlace, ["10000", "20000"], "tester", ct);

        Assert.Equal([true, false], report.Entries.Select(e => e.Applied));
        Assert.Equal(SandboxSeed.JohnHaddockAccountId.ToString(), report.Entries[0].SalesId);
        Assert.Contains(CouplingMatcher.NoUniqueMatch, report.Entries[1].Reason, StringComparison.Ordinal);
    }

    /// <summary>A fresh sandbox and store holding <see cref="Others"/> couplings of records no chunk here names, and a service counting its look-ups.</summary>
    private async Task<(CouplingService Service, TableCouplingStore Store, CountingCouplingStore Counting)> StartAsync()
    {
        var (_, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        await Parallel.ForEachAsync(Enumerable.Range(0, Others), ct, async (i, token) =>
            Assert.True(await store.TryAddAsync(new Coupling(Mapping.Name, $"bc-other-{i}", $"sales-other-{i}", $"OTHER{i}", "Other", Records.T0, "tester"), token)));
        var counting = new CountingCouplingStore(store);
        return (new CouplingService(sandbox.Clients, counting, TimeProvider.System, NullLogger<CouplingService>.Instance), store, counting);
    }
}
