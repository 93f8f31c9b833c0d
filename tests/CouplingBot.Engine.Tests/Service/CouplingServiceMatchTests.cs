using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Service;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>Match-based coupling and uncoupling many, against the sandbox's seeded near-matches and Azurite.</summary>
public sealed class CouplingServiceMatchTests(ServiceSandbox sandbox) : IClassFixture<ServiceSandbox>
{
    private static readonly TableMapping Mapping = CustomerMapping.Default;

    // Same name first; then the same city AND post code (the near-matches "Cannon Group", "Selangorian Limited").
    private static MatchCriteria Criteria(bool createNew) => new(
    [
        new MatchGroup(2, [new MatchField("city", "address1_city"), new MatchField("postalCode", "address1_postalcode")]),
        new MatchGroup(1, [new MatchField("displayName", "name")]),
    ], createNew);

    [Fact]
    public async Task DryRun_ReportsWhatWouldHappen_AndWritesNothing()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;

        var report = await service.MatchAndCoupleAsync(Mapping, Criteria(createNew: true), dryRun: true, "tester", ct);

        Assert.True(report.DryRun);
        Assert.Equal(3, report.Coupled);
        Assert.Equal(6, report.Created);
        Assert.Equal(1, report.LeftAlone);
        Assert.All(report.Entries, e => Assert.False(e.Applied));
        Assert.Contains("priority 2", Entry(report, "10000").Reason, StringComparison.Ordinal);
        Assert.Contains("priority 1", Entry(report, "30000").Reason, StringComparison.Ordinal);
        Assert.Contains("filter", Entry(report, "100000").Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(sandbox.Journal.List(), r => r.Method is "POST" or "PATCH" or "DELETE");
        Assert.Empty(await ServiceSandbox.ListAsync(store));
    }

    [Fact]
    public async Task Run_CouplesTheSeededNearMatches_AndLeavesTheRestWithAReason()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;

        var report = await service.MatchAndCoupleAsync(Mapping, Criteria(createNew: false), dryRun: false, "tester", ct);

        Assert.Equal(3, report.Coupled);
        Assert.Equal(0, report.Created);
        Assert.Equal(0, report.Failed);
        Assert.Equal("Cannon Group", await SalesNameAsync(Entry(report, "10000").SalesId));
        Assert.Equal("Selangorian Limited", await SalesNameAsync(Entry(report, "20000").SalesId));
        Assert.Equal("John Haddock Insurance Co.", await SalesNameAsync(Entry(report, "30000").SalesId));
        // Deerfield's account is inactive (outside the Sales filter), so 40000 has no match.
        Assert.Contains(CouplingMatcher.NoUniqueMatch, Entry(report, "40000").Reason, StringComparison.Ordinal);
        Assert.Equal(3, (await ServiceSandbox.ListAsync(store)).Count);
        Assert.DoesNotContain(sandbox.Journal.List(), r => r.Method is "POST" or "PATCH" or "DELETE");
    }

    [Fact]
    public async Task Run_WithCreateNew_CreatesTheUnmatched_AndASecondRunChangesNothing()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;

        var report = await service.MatchAndCoupleAsync(Mapping, Criteria(createNew: true), dryRun: false, "tester", ct);
        var again = await service.MatchAndCoupleAsync(Mapping, Criteria(createNew: true), dryRun: false, "tester", ct);

        Assert.Equal((3, 6, 0), (report.Coupled, report.Created, report.Failed));
        Assert.Equal(9, (await ServiceSandbox.ListAsync(store)).Count);
        Assert.Equal((0, 0, 10), (again.Coupled, again.Created, again.LeftAlone));
        Assert.Equal(1, await sandbox.CountAsync(sandbox.Clients.Sales, Mapping.Sales, "name", "Blanemark Hi-Fi Shop"));
    }

    [Fact]
    public async Task UncoupleMany_CountsEachOutcome()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        await service.MatchAndCoupleAsync(Mapping, Criteria(createNew: false), dryRun: false, "tester", ct);

        var result = await service.UncoupleManyAsync(Mapping, ["10000", "30000", "30000", "50000", "999999"], ct);

        Assert.Equal((2, 1, 1, 0), (result.Uncoupled, result.NotCoupled, result.NotFound, result.ChangedMeanwhile));
        Assert.Equal("20000", Assert.Single(await ServiceSandbox.ListAsync(store)).BusinessCentralNumber);
    }

    [Fact]
    public async Task UncoupleAll_RemovesEveryCouplingOfTheMapping_AndNoOther()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var report = await service.MatchAndCoupleAsync(Mapping, Criteria(createNew: false), dryRun: false, "tester", ct);
        var cannon = Entry(report, "10000");
        var other = Mapping with { Name = "OTHER" };
        Assert.Equal(CoupleOutcome.Coupled, (await service.CoupleAsync(other, "10000", cannon.SalesId!, "tester", ct)).Outcome);

        var result = await service.UncoupleAllAsync(Mapping, ct);

        Assert.Equal(new UncoupleAllResult(3, 0), result);
        Assert.Empty(await ServiceSandbox.ListAsync(store));
        Assert.NotNull(await store.FindByBusinessCentralIdAsync(other.Name, cannon.BusinessCentralId, ct));
    }

    private static MatchEntry Entry(MatchReport report, string number) => Assert.Single(report.Entries, e => e.Number == number);

    private async Task<string?> SalesNameAsync(string? id) =>
        id is null ? null : (await sandbox.Clients.Sales.GetRequiredAsync(Mapping.Sales, id, ["name"], TestContext.Current.CancellationToken))["name"];
}
