using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>Create-and-couple, both ways, against the sandbox and Azurite.</summary>
public sealed class CouplingServiceCreateTests(ServiceSandbox sandbox) : IClassFixture<ServiceSandbox>
{
    private static readonly TableMapping Mapping = CustomerMapping.Default;

    [Fact]
    public async Task CreateInSales_CreatesTheAccountUnderTheDerivedKey_AndCouples()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;

        var result = await service.CreateInSalesAsync(Mapping, "60000", "tester", ct);

        Assert.Equal(CreateOutcome.Created, result.Create);
        Assert.True(result.Coupled);
        var account = result.Result.SalesRecord!;
        Assert.Equal(CreateKeys.SalesKey(Mapping.Name, result.Result.Record!.Id), account.Id);
        Assert.Equal("Blanemark Hi-Fi Shop", account["name"]);
        Assert.Equal("60000", account["accountnumber"]);
        Assert.Equal(account.Id, (await store.FindByBusinessCentralIdAsync(Mapping.Name, result.Result.Record.Id, ct))!.SalesId);
    }

    [Fact]
    public async Task CreateInSales_FirstAttemptCreatedButDidNotCouple_RetryCouplesTheSameAccount()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var first = await service.CreateInSalesAsync(Mapping, "60000", "tester", ct);
        Assert.True(await store.TryRemoveAsync(first.Result.Coupling!, ct)); // the coupling was "never stored"

        var retry = await service.CreateInSalesAsync(Mapping, "60000", "tester", ct);

        Assert.Equal(CreateOutcome.FoundFromEarlierAttempt, retry.Create);
        Assert.True(retry.Coupled);
        Assert.Equal(first.Result.SalesRecord!.Id, retry.Result.SalesRecord!.Id);
        Assert.Equal(1, await sandbox.CountAsync(sandbox.Clients.Sales, Mapping.Sales, "name", "Blanemark Hi-Fi Shop"));
    }

    [Fact]
    public async Task CreateInSales_CoupledAlready_OrBlocked_OrMissing_IsRefusedAndCreatesNothing()
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        await service.CreateInSalesAsync(Mapping, "60000", "tester", ct);
        sandbox.Journal.Clear();

        var again = await service.CreateInSalesAsync(Mapping, "60000", "tester", ct);
        var blocked = await service.CreateInSalesAsync(Mapping, "100000", "tester", ct);
        var missing = await service.CreateInSalesAsync(Mapping, "999999", "tester", ct);

        Assert.Equal((CreateOutcome.NotCreated, CoupleOutcome.RecordAlreadyCoupled), (again.Create, again.Result.Outcome));
        Assert.Equal((CreateOutcome.NotCreated, CoupleOutcome.RecordFiltered), (blocked.Create, blocked.Result.Outcome));
        Assert.Equal((CreateOutcome.NotCreated, CoupleOutcome.RecordNotFound), (missing.Create, missing.Result.Outcome));
        Assert.Empty(sandbox.Journal.List(method: "POST"));
    }

    [Fact]
    public async Task CreateInSales_CoupledToADeletedAccount_RemovesTheBrokenCouplingAndCreates()
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var first = await service.CreateInSalesAsync(Mapping, "60000", "tester", ct);
        await sandbox.Clients.Sales.DeleteAsync(Mapping.Sales, first.Result.SalesRecord!.Id, "*", ct);

        var again = await service.CreateInSalesAsync(Mapping, "60000", "tester", ct);

        Assert.Equal(CreateOutcome.Created, again.Create);
        Assert.True(again.Coupled);
    }

    [Fact]
    public async Task CreateInBusinessCentral_CreatesACustomerNumberedFromTheSalesId_AndCouples()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var salesId = await NewAccountAsync("Tailspin Toys Ltd");

        var result = await service.CreateInBusinessCentralAsync(Mapping, salesId, "tester", ct);

        Assert.Equal(CreateOutcome.Created, result.Create);
        Assert.True(result.Coupled);
        var customer = result.Result.Record!;
        Assert.Equal(CreateKeys.BusinessCentralNumber(salesId), customer["number"]);
        Assert.Matches("^CRM[0-9A-F]{17}$", customer["number"]);
        Assert.Equal("Tailspin Toys Ltd", customer["displayName"]);
        Assert.Equal("Leeds", customer["city"]);
        Assert.Equal(customer.Id, (await store.FindBySalesIdAsync(Mapping.Name, salesId, ct))!.BusinessCentralId);
    }

    [Fact]
    public async Task CreateInBusinessCentral_FirstAttemptCreatedButDidNotCouple_RetryMakesNoSecondCustomer()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var salesId = await NewAccountAsync("Tailspin Toys Ltd");
        var first = await service.CreateInBusinessCentralAsync(Mapping, salesId, "tester", ct);
        Assert.True(await store.TryRemoveAsync(first.Result.Coupling!, ct));

        var retry = await service.CreateInBusinessCentralAsync(Mapping, salesId, "tester", ct);

        Assert.Equal(CreateOutcome.FoundFromEarlierAttempt, retry.Create);
        Assert.True(retry.Coupled);
        Assert.Equal(first.Result.Record!.Id, retry.Result.Record!.Id);
        Assert.Equal(1, await sandbox.CountAsync(sandbox.Clients.BusinessCentral, Mapping.BusinessCentral, "displayName", "Tailspin Toys Ltd"));
    }

    [Fact]
    public async Task CreateInBusinessCentral_InactiveOrCoupledAccount_IsRefused()
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var coupled = await service.CoupleAsync(Mapping, "30000", await AccountIdAsync("John Haddock Insurance Co."), "tester", ct);
        Assert.Equal(CoupleOutcome.Coupled, coupled.Outcome);

        var inactive = await service.CreateInBusinessCentralAsync(Mapping, await AccountIdAsync("Deerfield Graphics"), "tester", ct);
        var taken = await service.CreateInBusinessCentralAsync(Mapping, coupled.SalesRecord!.Id, "tester", ct);

        Assert.Equal(CoupleOutcome.SalesRecordFiltered, inactive.Result.Outcome);
        Assert.Equal(CoupleOutcome.SalesRecordAlreadyCoupled, taken.Result.Outcome);
        Assert.Equal("30000", taken.Result.Existing!.BusinessCentralNumber);
        Assert.Empty(sandbox.Journal.List("bc", "POST"));
    }

    // Seeded accounts hold country names ("United Kingdom") that don't fit Business Central's 10-character code.
    private async Task<string> NewAccountAsync(string name)
    {
        var values = new Dictionary<string, string?> { ["name"] = name, ["address1_city"] = "Leeds", ["address1_country"] = "GB" };
        return (await sandbox.Clients.Sales.CreateAsync(Mapping.Sales, null, values, ["name"], TestContext.Current.CancellationToken)).Id;
    }

    private async Task<string> AccountIdAsync(string name)
    {
        await foreach (var account in sandbox.Clients.Sales.QueryAsync(Mapping.Sales, new(ODataFilter.Equal("name", name), ["name"]), TestContext.Current.CancellationToken))
        {
            return account.Id;
        }

        throw new InvalidOperationException($"No account {name}.");
    }
}
