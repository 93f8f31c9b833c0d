using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;
using CouplingBot.Sandbox.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>
/// <see cref="CouplingService.SynchronizeManyAsync"/>: the records of a sync job chunk, each settled as
/// <see cref="CouplingService.SynchronizeAsync"/> would settle it alone, with the Sales reads and each side's writes
/// sent in <c>$batch</c>es.
/// </summary>
public sealed class CouplingServiceSyncManyTests(ServiceSandbox sandbox) : IClassFixture<ServiceSandbox>
{
    private static readonly TableMapping Mapping = SyncScenario.Mapping;

    private static readonly (string Number, Guid AccountId)[] Pairs =
    [
        ("10000", SandboxSeed.CannonGroupAccountId),
        ("20000", SandboxSeed.SelangorianAccountId),
        ("30000", SandboxSeed.JohnHaddockAccountId),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ToSales_WritesEveryRecordInOneBatch_AndAnswersEachNumberInOrder()
    {
        var service = await CoupledAsync();
        sandbox.Journal.Clear();

        var results = await service.SynchronizeManyAsync(Mapping, ["10000", "99999", "20000", "40000", "30000", " 10000 "], SyncDirection.ToSales, "tester", Ct);

        // 10000 is given twice: synchronized once, found in step the second time.
        Assert.Equal(
            [SyncOutcome.Modified, SyncOutcome.RecordNotFound, SyncOutcome.Modified, SyncOutcome.NotCoupled, SyncOutcome.Modified, SyncOutcome.Unchanged],
            results.Select(r => r.Outcome));
        var dataverse = sandbox.Journal.List().Where(e => e.Service == "dataverse").ToList();
        Assert.DoesNotContain(dataverse, e => e.Method is "PATCH" or "GET");
        Assert.Equal(2, dataverse.Count(e => e.Method == "POST" && e.PathAndQuery.Contains("$batch", StringComparison.Ordinal))); // one read, one write
        foreach (var (number, account) in Pairs)
        {
            var lookup = (await service.FindAsync(Mapping, number, Ct))!;
            Assert.Equal(lookup.Record["displayName"], lookup.SalesRecord!["name"]);
            Assert.Equal(lookup.SalesRecord.ETag, lookup.Coupling!.LastSync!.SalesVersion);
            Assert.Equal(lookup.Record.ETag, lookup.Coupling.LastSync.BusinessCentralVersion);
            Assert.Equal(account.ToString(), lookup.SalesRecord.Id);
        }

        // A second run finds nothing to write.
        sandbox.Journal.Clear();
        var again = await service.SynchronizeManyAsync(Mapping, ["10000", "20000", "30000"], SyncDirection.ToSales, "tester", Ct);
        Assert.Equal([SyncOutcome.Unchanged, SyncOutcome.Unchanged, SyncOutcome.Unchanged], again.Select(r => r.Outcome));
        Assert.Single(sandbox.Journal.List(), e => e.Service == "dataverse");
    }

    [Fact]
    public async Task RefusedPart_FailsOnlyItsRecord_TwiceMakesItSkipped_AndADeletedCounterpartFollowsTheRule()
    {
        var mapping = Mapping with { DeletedCounterpartRule = DeletedCounterpartRule.Uncouple };
        var service = await CoupledAsync(mapping);
        await SyncScenario.AddFaultAsync(sandbox, new
        {
            service = "dataverse", method = "PATCH", pathContains = SandboxSeed.SelangorianAccountId.ToString(), status = 400, code = "0x80040265",
            message = "plugin said no", batchParts = true,
        });
        await sandbox.Clients.Sales.DeleteAsync(mapping.Sales, SandboxSeed.JohnHaddockAccountId.ToString(), "*", Ct);

        var first = await service.SynchronizeManyAsync(mapping, ["10000", "20000", "30000"], SyncDirection.ToSales, "tester", Ct);
        var second = await service.SynchronizeManyAsync(mapping, ["10000", "20000"], SyncDirection.ToSales, "tester", Ct);
        sandbox.Journal.Clear();
        var third = await service.SynchronizeManyAsync(mapping, ["20000"], SyncDirection.ToSales, "tester", Ct);

        Assert.Equal([SyncOutcome.Modified, SyncOutcome.Failed, SyncOutcome.Uncoupled], first.Select(r => r.Outcome));
        Assert.Contains("plugin said no", first[1].Message, StringComparison.Ordinal);
        Assert.Equal((1, false), (first[1].Coupling!.LastSync!.Failure!.Count, first[1].Coupling!.LastSync!.Failure!.Skipped));
        Assert.Null((await service.FindAsync(mapping, "30000", Ct))!.Coupling);
        Assert.Equal([SyncOutcome.Unchanged, SyncOutcome.Failed], second.Select(r => r.Outcome));
        Assert.True(second[1].Coupling!.LastSync!.Failure!.Skipped);
        Assert.Equal(SyncOutcome.Skipped, Assert.Single(third).Outcome);
        Assert.DoesNotContain(sandbox.Journal.List(), e => e.Service == "dataverse");
    }

    [Fact]
    public async Task FromSales_WritesBusinessCentralInOneBatch()
    {
        // Without the country: Sales holds the name (United Kingdom), Business Central the code, and refuses the name.
        var mapping = Mapping with { Fields = [.. Mapping.Fields.Where(f => f.BusinessCentralField != "country")] };
        var service = await CoupledAsync(mapping);
        foreach (var (_, account) in Pairs.Take(2))
        {
            var sales = (await sandbox.Clients.Sales.GetAsync(Mapping.Sales, account.ToString(), Mapping.SalesFields, Ct))!;
            await sandbox.Clients.Sales.UpdateAsync(Mapping.Sales, sales.Id, sales.ETag, new Dictionary<string, string?> { ["address1_city"] = "Batchford" }, Mapping.SalesFields, Ct);
        }

        sandbox.Journal.Clear();
        var results = await service.SynchronizeManyAsync(mapping, ["10000", "20000"], SyncDirection.FromSales, "tester", Ct);

        Assert.Equal([SyncOutcome.Modified, SyncOutcome.Modified], results.Select(r => r.Outcome));
        var bc = sandbox.Journal.List().Where(e => e.Service == "bc").ToList();
        Assert.DoesNotContain(bc, e => e.Method == "PATCH");
        Assert.Single(bc, e => e.Method == "POST" && e.PathAndQuery.Contains("$batch", StringComparison.Ordinal));
        Assert.All(results, r => Assert.Equal("Batchford", r.Record!["city"]));
        Assert.Equal("Batchford", (await service.FindAsync(mapping, "20000", Ct))!.Record["city"]);
    }

    [Fact]
    public async Task Automatic_MergesAsASingleSyncWould_BothSidesInBatches_AndLeavesAConflictUnwritten()
    {
        var service = await SyncScenario.CoupledAsync(sandbox, Mapping);
        await SyncScenario.EditBusinessCentralAsync(sandbox, service, Mapping, new() { ["city"] = "Leeds" });
        await SyncScenario.EditSalesAsync(sandbox, service, Mapping, new() { ["telephone1"] = "+44 20 7946 0999" });
        sandbox.Journal.Clear();

        var merged = Assert.Single(await service.SynchronizeManyAsync(Mapping, [SyncScenario.Number], SyncDirection.Automatic, "tester", Ct));

        Assert.Equal(SyncOutcome.Modified, merged.Outcome);
        var (bc, sales) = await SyncScenario.ReadAsync(service, Mapping);
        Assert.Equal(("Leeds", "Leeds"), (bc["city"], sales!["address1_city"]));
        Assert.Equal(("+44 20 7946 0999", "+44 20 7946 0999"), (bc["phoneNumber"], sales["telephone1"]));
        Assert.DoesNotContain(sandbox.Journal.List(), e => e.Method == "PATCH");
        Assert.Single(sandbox.Journal.List(service: "bc", method: "POST"), e => e.PathAndQuery.Contains("$batch", StringComparison.Ordinal));

        await SyncScenario.EditBusinessCentralAsync(sandbox, service, Mapping, new() { ["city"] = "Bradford" });
        await SyncScenario.EditSalesAsync(sandbox, service, Mapping, new() { ["address1_city"] = "York" });
        sandbox.Journal.Clear();
        var conflict = Assert.Single(await service.SynchronizeManyAsync(Mapping, [SyncScenario.Number], SyncDirection.Automatic, "tester", Ct));

        Assert.Equal(SyncOutcome.NeedsDecision, conflict.Outcome);
        Assert.Contains("City", conflict.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(sandbox.Journal.List(), e => e.Method == "PATCH" || (e.Service == "bc" && e.Method == "POST"));
        Assert.Equal(("Bradford", "York"), ((await SyncScenario.ReadAsync(service, Mapping)).BusinessCentral["city"], (await SyncScenario.ReadAsync(service, Mapping)).Sales!["address1_city"]));
    }

    [Fact]
    public async Task StorageFailingForOneRecord_FailsThatRecordOnly()
    {
        var (service, store) = await sandbox.StartTestAsync();
        await CoupleAllAsync(service, Mapping);
        var selangorian = (await service.FindAsync(Mapping, "20000", Ct))!.Record.Id;
        var failing = new CouplingService(sandbox.Clients, new FailingUpdateCouplingStore(store, selangorian), TimeProvider.System, NullLogger<CouplingService>.Instance);

        var results = await failing.SynchronizeManyAsync(Mapping, ["10000", "20000", "30000"], SyncDirection.ToSales, "tester", Ct);

        Assert.Equal([SyncOutcome.Modified, SyncOutcome.Failed, SyncOutcome.Modified], results.Select(r => r.Outcome));
        Assert.Contains("The storage said no.", results[1].Message, StringComparison.Ordinal);
        Assert.NotNull((await service.FindAsync(Mapping, "30000", Ct))!.Coupling!.LastSync);
    }

    /// <summary>A reseeded sandbox and a service with the three seeded pairs coupled, never synchronized.</summary>
    private async Task<CouplingService> CoupledAsync(TableMapping? mapping = null)
    {
        var (service, _) = await sandbox.StartTestAsync();
        await CoupleAllAsync(service, mapping ?? Mapping);
        return service;
    }

    private static async Task CoupleAllAsync(CouplingService service, TableMapping mapping)
    {
        foreach (var (number, account) in Pairs)
        {
            Assert.Equal(CoupleOutcome.Coupled, (await service.CoupleAsync(mapping, number, account.ToString(), "tester", Ct)).Outcome);
        }
    }
}
