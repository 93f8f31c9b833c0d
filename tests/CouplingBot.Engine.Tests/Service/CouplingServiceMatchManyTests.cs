using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Service;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>Match-based coupling of listed records (the job chunk's call), against the sandbox and Azurite.</summary>
public sealed class CouplingServiceMatchManyTests(ServiceSandbox sandbox) : IClassFixture<ServiceSandbox>
{
    private static readonly TableMapping Mapping = CustomerMapping.Default;

    private static readonly MatchCriteria CreateOnly = new([], CreateNewIfNoMatch: true);

    private static MatchCriteria Criteria(bool createNew) => new(
    [
        new MatchGroup(2, [new MatchField("city", "address1_city"), new MatchField("postalCode", "address1_postalcode")]),
        new MatchGroup(1, [new MatchField("displayName", "name")]),
    ], createNew);

    [Fact]
    public async Task MatchAndCoupleMany_ListedNumbers_OneEntryPerNumberInOrderWithReasons()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var twins = await AddAccountsAsync("Guildford Water Department", "Guildford Water Department");
        sandbox.Journal.Clear();

        var report = await service.MatchAndCoupleManyAsync(Mapping, Criteria(createNew: false), ["30000", "10000", "50000", "70000", "99999", "10000"], "tester", ct);

        Assert.Equal(["30000", "10000", "50000", "70000", "99999", "10000"], report.Entries.Select(e => e.Number));
        Assert.Equal([true, true, false, false, false, false], report.Entries.Select(e => e.Applied));
        Assert.Equal(SandboxSeed.JohnHaddockAccountId.ToString(), report.Entries[0].SalesId);
        Assert.Equal(SandboxSeed.CannonGroupAccountId.ToString(), report.Entries[1].SalesId);
        Assert.Contains("several matches", report.Entries[2].Reason, StringComparison.Ordinal);
        Assert.All(twins, id => Assert.Contains(id, report.Entries[2].Reason, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(CouplingMatcher.NoUniqueMatch, report.Entries[3].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("several", report.Entries[3].Reason, StringComparison.Ordinal);
        Assert.Contains("does not exist", report.Entries[4].Failure, StringComparison.Ordinal);
        Assert.Equal("coupled already", report.Entries[5].Reason);
        Assert.Equal(2, (await ServiceSandbox.ListAsync(store)).Count);
        Assert.DoesNotContain(sandbox.Journal.List(service: "dataverse"), r => r.Method is "POST" or "PATCH");
    }

    [Fact]
    public async Task MatchAndCoupleMany_ManyNumbers_ReadsTheRangeOnce_AndOnlyWhatItMissedByNumber()
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        // 9 customers of the seed among 30 numbers (a job chunk): 21 don't exist.
        string[] existing = ["10000", "20000", "30000", "40000", "50000", "60000", "70000", "80000", "90000"];
        var numbers = existing.Concat(Enumerable.Range(1, 21).Select(i => $"{i * 1000 + 5:D5}")).ToList();
        sandbox.Journal.Clear();

        var report = await service.MatchAndCoupleManyAsync(Mapping, Criteria(createNew: false), numbers, "tester", ct);

        Assert.Equal(numbers, report.Entries.Select(e => e.Number));
        Assert.All(report.Entries.Take(9), e => Assert.Null(e.Failure));
        Assert.All(report.Entries.Skip(9), e => Assert.Contains("does not exist", e.Failure, StringComparison.Ordinal));
        // Queries, not pages (the test sandbox pages small): the range 01005..90000, then the 21 it did not bring, by number.
        var customerQueries = sandbox.Journal.List(service: "bc", method: "GET")
            .Where(r => r.PathAndQuery.Contains("/customers?", StringComparison.Ordinal) && !r.PathAndQuery.Contains("skiptoken", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, customerQueries.Count);
        Assert.Contains(" ge ", Uri.UnescapeDataString(customerQueries[0].PathAndQuery), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchAndCoupleMany_CreateOnly_CreatesEveryRecordInOneBatchUnderItsKey()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        string[] numbers = ["40000", "50000", "60000", "70000", "80000", "90000"];

        var report = await service.MatchAndCoupleManyAsync(Mapping, CreateOnly, numbers, "tester", ct);

        Assert.Equal((0, 6, 0), (report.Coupled, report.Created, report.Failed));
        Assert.All(report.Entries, e => Assert.Equal(CreateKeys.SalesKey(Mapping.Name, e.BusinessCentralId), e.SalesId));
        var posts = sandbox.Journal.List(service: "dataverse", method: "POST");
        Assert.Equal("$batch", Assert.Single(posts).PathAndQuery.Split('/')[^1]);
        Assert.Equal(6, SandboxJournal.CreatesIn(posts));
        Assert.DoesNotContain(sandbox.Journal.List(service: "dataverse", method: "GET"), r => r.PathAndQuery.Contains("accounts?", StringComparison.Ordinal));
        var coupled = await ServiceSandbox.ListAsync(store);
        Assert.Equal(numbers, coupled.Select(c => c.BusinessCentralNumber).Order(StringComparer.Ordinal));
        Assert.Equal(1, await sandbox.CountAsync(sandbox.Clients.Sales, Mapping.Sales, "name", "Blanemark Hi-Fi Shop"));
    }

    [Fact]
    public async Task MatchAndCoupleMany_AccountCreatedEarlierButNotCoupled_CouplesItWithoutCreatingAgain()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var first = await service.MatchAndCoupleManyAsync(Mapping, Criteria(createNew: true), ["60000", "70000"], "tester", ct);
        foreach (var coupling in await ServiceSandbox.ListAsync(store))
        {
            Assert.True(await store.TryRemoveAsync(coupling, ct)); // "crashed" before the couplings were stored
        }

        sandbox.Journal.Clear();

        var matched = await service.MatchAndCoupleManyAsync(Mapping, Criteria(createNew: true), ["60000"], "tester", ct);
        var createOnly = await service.MatchAndCoupleManyAsync(Mapping, CreateOnly, ["70000"], "tester", ct);

        Assert.Equal(first.Entries.Select(e => e.SalesId), matched.Entries.Concat(createOnly.Entries).Select(e => e.SalesId));
        Assert.All(matched.Entries.Concat(createOnly.Entries), e => Assert.True(e.Applied && e.Action == MatchAction.CreateNew));
        Assert.Contains("earlier attempt", matched.Entries[0].Reason, StringComparison.Ordinal);
        // 60000's account was found by its key among the Sales records read; 70000 (no Sales read) was sent once and met its duplicate.
        Assert.Equal(1, SandboxJournal.CreatesIn(sandbox.Journal.List(service: "dataverse", method: "POST")));
        Assert.Equal(1, await sandbox.CountAsync(sandbox.Clients.Sales, Mapping.Sales, "name", "Blanemark Hi-Fi Shop"));
        Assert.Equal(1, await sandbox.CountAsync(sandbox.Clients.Sales, Mapping.Sales, "name", "Northwind Traders UK"));
        Assert.Equal(2, (await ServiceSandbox.ListAsync(store)).Count);
    }

    private async Task<IReadOnlyList<string>> AddAccountsAsync(params string[] names)
    {
        var ids = new List<string>();
        foreach (var name in names)
        {
            var created = await sandbox.Clients.Sales.CreateAsync(Mapping.Sales, null, new Dictionary<string, string?> { ["name"] = name }, ["name"], TestContext.Current.CancellationToken);
            ids.Add(created.Id);
        }

        return ids;
    }
}
