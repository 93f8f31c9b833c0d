using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Lookups;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>
/// The shipped mappings end to end against the sandbox: lookups translated through other couplings (salesperson,
/// currency, a contact's company), the payment terms option mapping, money written as a number, dependency
/// failures, and the CONTACT, SALESPEOPLE and CURRENCY mappings synchronized on their own.
/// </summary>
public sealed class CouplingServiceLookupTests(ServiceSandbox sandbox) : IClassFixture<ServiceSandbox>
{
    private static readonly TableMapping Customer = CustomerMapping.Default;
    private static readonly string[] AccountColumns = ["_ownerid_value", "creditlimit", "paymenttermscode", "_transactioncurrencyid_value", "name"];

    [Fact]
    public async Task SyncToSales_TranslatesEveryAnchorField_AndCouplesTheSalespersonBySameEmail()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await service.CoupleAsync(Customer, "20000", SandboxSeed.SelangorianAccountId.ToString(), "tester", ct)).Outcome == CoupleOutcome.Coupled);

        var result = await service.SynchronizeAsync(Customer, "20000", SyncDirection.ToSales, "tester", ct);

        Assert.Equal(SyncOutcome.Modified, result.Outcome);
        var account = await ReadAsync(Customer.Sales, SandboxSeed.SelangorianAccountId, AccountColumns);
        Assert.Equal(SandboxSeed.JimOliveUserId.ToString(), account["_ownerid_value"]);
        Assert.Equal("100000", account["creditlimit"]);
        Assert.Equal("1", account["paymenttermscode"]); // 30 DAYS = Net 30
        Assert.Null(account["_transactioncurrencyid_value"]); // the customer's currency is the local one (empty code)
        var salesperson = await store.FindBySalesIdAsync(SalespeopleMapping.Name, SandboxSeed.JimOliveUserId.ToString(), ct);
        Assert.Equal("JO", salesperson!.BusinessCentralNumber);
        Assert.StartsWith(LookupResolver.AutoCoupledBy, salesperson.CoupledBy, StringComparison.Ordinal);

        var again = await service.SynchronizeAsync(Customer, "20000", SyncDirection.ToSales, "tester", ct);
        Assert.Equal(SyncOutcome.Unchanged, again.Outcome);
    }

    [Fact]
    public async Task SyncToSales_EmptyCurrencyMeaningTheLocalOne_KeepsTheAccountsCurrency()
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var mapping = Customer with { Fields = [.. Customer.Fields.Select(f => f.Label == "Currency" ? f with { EmptyMeans = "GBP" } : f)] };
        Assert.True((await service.CoupleAsync(mapping, "20000", SandboxSeed.SelangorianAccountId.ToString(), "tester", ct)).Outcome == CoupleOutcome.Coupled);

        var result = await service.SynchronizeAsync(mapping, "20000", SyncDirection.ToSales, "tester", ct);

        Assert.Equal(SyncOutcome.Modified, result.Outcome);
        Assert.DoesNotContain(result.Plan!.Changes, c => c.Field.Label == "Currency");
        var account = await ReadAsync(mapping.Sales, SandboxSeed.SelangorianAccountId, AccountColumns);
        Assert.Equal(SandboxSeed.GbpCurrencyId.ToString(), account["_transactioncurrencyid_value"]);
        var back = await service.PreviewAsync(mapping, "20000", SyncDirection.FromSales, ct);
        Assert.DoesNotContain(back.Plan!.Changes, c => c.Field.Label == "Currency"); // GBP in Sales is the empty code in Business Central
    }

    [Fact]
    public async Task SyncToSales_SalespersonWithNoSalesUser_FailsWithTheNextStep_AndWritesNothing()
    {
        var (service, store) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await service.CreateInSalesAsync(Customer, "70000", "tester", ct)).Coupled); // salesperson OF: no user has Otis's e-mail
        sandbox.Journal.Clear();

        var result = await service.SynchronizeAsync(Customer, "70000", SyncDirection.ToSales, "tester", ct);

        Assert.Equal(SyncOutcome.Failed, result.Outcome);
        Assert.StartsWith("salesperson OF is not coupled to a Sales user. Couple it (SALESPEOPLE) first", result.Message, StringComparison.Ordinal);
        var failure = Assert.IsType<DependencyNotCoupled>(Assert.Single(result.Plan!.Failures));
        Assert.Equal((SalespeopleMapping.Name, "OF"), (failure.Mapping, failure.SourceValue));
        Assert.Empty(sandbox.Journal.List(method: "PATCH"));
        Assert.Equal(result.Message, result.Coupling!.LastSync!.Failure!.Error);
        Assert.Null(await store.FindByBusinessCentralIdAsync(SalespeopleMapping.Name, SandboxSeed.SalespersonId("OF").ToString(), ct));
    }

    [Fact]
    public async Task SyncFromSales_PaymentTermsOption_WritesTheIdOfTheMappedCode()
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await service.CoupleAsync(Customer, "20000", SandboxSeed.SelangorianAccountId.ToString(), "tester", ct)).Outcome == CoupleOutcome.Coupled);
        Assert.Equal(SyncOutcome.Modified, (await service.SynchronizeAsync(Customer, "20000", SyncDirection.ToSales, "tester", ct)).Outcome);
        await WriteSalesAsync(Customer.Sales, SandboxSeed.SelangorianAccountId, new() { ["paymenttermscode"] = "2" }); // 2% 10, Net 30

        var preview = await service.PreviewAsync(Customer, "20000", SyncDirection.Automatic, ct);
        var row = Assert.Single(SyncPreview.Of(preview.Plan!));
        Assert.Equal(("paymentTermsId", "30 DAYS", "2% 10, Net 30", Side.BusinessCentral), (row.Key, row.OldValue, row.NewValue, row.Written));

        var result = await service.SynchronizeAsync(Customer, "20000", SyncDirection.Automatic, "tester", ct);

        Assert.True(result.Outcome == SyncOutcome.Modified, result.Message);
        Assert.Equal(SandboxSeed.PaymentTermsId("1M(8D)").ToString(), result.Record!["paymentTermsId"]);
    }

    [Fact]
    public async Task Contact_CompanyNotCoupled_FailsNamingIt_ThenCouplingTheCustomerFixesIt()
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var contacts = ContactMapping.Default;
        Assert.True((await service.CoupleAsync(contacts, "CT000006", SandboxSeed.AndyTealContactId.ToString(), "tester", ct)).Outcome == CoupleOutcome.Coupled);
        await WriteSalesAsync(contacts.Sales, SandboxSeed.AndyTealContactId,
            new() { ["parentcustomerid_account@odata.bind"] = $"/accounts({SandboxSeed.FourthCoffeeAccountId})" });

        var failed = await service.SynchronizeAsync(contacts, "CT000006", SyncDirection.ToSales, "tester", ct);

        Assert.Equal(SyncOutcome.Failed, failed.Outcome);
        Assert.StartsWith("company CT000001 is not coupled to a Sales account.", failed.Message, StringComparison.Ordinal);

        Assert.True((await service.CoupleAsync(Customer, "10000", SandboxSeed.CannonGroupAccountId.ToString(), "tester", ct)).Outcome == CoupleOutcome.Coupled);
        var synced = await service.SynchronizeAsync(contacts, "CT000006", SyncDirection.ToSales, "tester", ct);

        Assert.Equal(SyncOutcome.Modified, synced.Outcome);
        var contact = await ReadAsync(contacts.Sales, SandboxSeed.AndyTealContactId, ["_parentcustomerid_value"]);
        Assert.Equal(SandboxSeed.CannonGroupAccountId.ToString(), contact["_parentcustomerid_value"]);
        Assert.Null(synced.Coupling!.LastSync!.Failure);
    }

    [Fact]
    public async Task Currency_SynchronizedToSales_OnItsOwn()
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var currencies = CurrencyMapping.Default;
        Assert.True((await service.CoupleAsync(currencies, "EUR", SandboxSeed.EurCurrencyId.ToString(), "tester", ct)).Outcome == CoupleOutcome.Coupled);
        var eur = (await service.FindAsync(currencies, "EUR", ct))!.Record;
        await sandbox.Clients.BusinessCentral.UpdateAsync(currencies.BusinessCentral, eur.Id, eur.ETag, new Dictionary<string, string?> { ["displayName"] = "Euro (EMU)" },
            currencies.BusinessCentralFields, ct);

        var result = await service.SynchronizeAsync(currencies, "EUR", SyncDirection.ToSales, "tester", ct);

        Assert.Equal(SyncOutcome.Modified, result.Outcome);
        Assert.Equal("Euro (EMU)", (await ReadAsync(currencies.Sales, SandboxSeed.EurCurrencyId, ["currencyname"]))["currencyname"]);
    }

    [Fact]
    public async Task Salesperson_SynchronizedFromSales_OnItsOwn()
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var salespeople = SalespeopleMapping.Default;
        Assert.True((await service.CoupleAsync(salespeople, "JO", SandboxSeed.JimOliveUserId.ToString(), "tester", ct)).Outcome == CoupleOutcome.Coupled);
        var jo = (await service.FindAsync(salespeople, "JO", ct))!.Record;
        await sandbox.Clients.BusinessCentral.UpdateAsync(salespeople.BusinessCentral, jo.Id, jo.ETag, new Dictionary<string, string?> { ["displayName"] = "J. Olive" },
            salespeople.BusinessCentralFields, ct);

        var result = await service.SynchronizeAsync(salespeople, "JO", SyncDirection.FromSales, "tester", ct);

        Assert.Equal(SyncOutcome.Modified, result.Outcome);
        Assert.Equal("Jim Olive", result.Record!["displayName"]);
    }

    private async Task<EntityRecord> ReadAsync(EntitySet set, Guid id, IReadOnlyCollection<string> fields) =>
        (await sandbox.Clients.Sales.GetAsync(set, id.ToString(), fields, TestContext.Current.CancellationToken))!;

    private async Task WriteSalesAsync(EntitySet set, Guid id, Dictionary<string, string?> values)
    {
        var ct = TestContext.Current.CancellationToken;
        var record = await ReadAsync(set, id, [.. values.Keys.Where(k => !k.Contains('@', StringComparison.Ordinal))]);
        await sandbox.Clients.Sales.UpdateAsync(set, id.ToString(), record.ETag, values, [], ct);
    }
}
