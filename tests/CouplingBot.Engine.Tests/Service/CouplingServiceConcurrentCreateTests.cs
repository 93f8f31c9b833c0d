using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>
/// The same create sent several times at once (double clicks, a retried card action) makes one record; each
/// attempt ends coupled to it, or refused as coupled already (to it) when it started after another finished.
/// </summary>
public sealed class CouplingServiceConcurrentCreateTests(ServiceSandbox sandbox) : IClassFixture<ServiceSandbox>
{
    private static readonly TableMapping Mapping = CustomerMapping.Default;

    [Fact]
    public async Task CreateInSales_SentFiveTimesAtOnce_MakesOneAccount_AndEveryAttemptEndsCoupledToIt()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => service.CreateInSalesAsync(Mapping, "70000", "tester", ct)));

        // An attempt that starts after another stored the coupling is refused as "coupled already", to the same account.
        var accountId = Assert.Single(results, r => r.Create == CreateOutcome.Created).Result.SalesRecord!.Id;
        Assert.All(results, r => Assert.True(r.Coupled || r.Result is { Outcome: CoupleOutcome.RecordAlreadyCoupled, Existing.SalesId: var id } && id == accountId));
        Assert.All(results.Where(r => r.Coupled), r => Assert.Equal(accountId, r.Result.SalesRecord!.Id));
        Assert.Equal(1, await sandbox.CountAsync(sandbox.Clients.Sales, Mapping.Sales, "name", "Northwind Traders UK"));
        Assert.Single(await ServiceSandbox.ListAsync(store));
    }

    [Fact]
    public async Task CreateInBusinessCentral_SentFiveTimesAtOnce_MakesOneCustomer_AndEveryAttemptEndsCoupledToIt()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var values = new Dictionary<string, string?> { ["name"] = "Wingtip Toys", ["address1_country"] = "GB" };
        var salesId = (await sandbox.Clients.Sales.CreateAsync(Mapping.Sales, null, values, ["name"], ct)).Id;

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => service.CreateInBusinessCentralAsync(Mapping, salesId, "tester", ct)));

        var customerId = Assert.Single(results, r => r.Create == CreateOutcome.Created).Result.Record!.Id;
        Assert.All(results, r => Assert.True(r.Coupled || r.Result is { Outcome: CoupleOutcome.SalesRecordAlreadyCoupled, Existing.BusinessCentralId: var id } && id == customerId));
        Assert.Equal(1, await sandbox.CountAsync(sandbox.Clients.BusinessCentral, Mapping.BusinessCentral, "displayName", "Wingtip Toys"));
        Assert.Single(await ServiceSandbox.ListAsync(store));
    }
}
