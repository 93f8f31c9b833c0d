using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>The planner with the shipped CUSTOMER mapping's lookups, option mapping and typed fields.</summary>
public class LookupPlanningTests
{
    private static readonly TableMapping Mapping = CustomerMapping.Default;

    private static readonly LookupValues Coupled = LookupValues.None
        .WithCoupling("SALESPEOPLE", "code", "JO", "user-jo")
        .WithCoupling("SALESPEOPLE", "code", "PS", "user-ps")
        .WithCoupling("CURRENCY", "code", "EUR", "cur-eur")
        .WithCode(CustomerMapping.PaymentTermsCodes, "pt-30", "30 DAYS")
        .WithCode(CustomerMapping.PaymentTermsCodes, "pt-60", "60 DAYS");

    private static Coupling NeverSynced => SyncFixtures.NeverSynced();

    private static EntityRecord Customer(params (string Field, string? Value)[] fields) =>
        Make("bc", [("displayName", "Cannon"), ("salespersonCode", "JO"), ("paymentTermsId", "pt-30"), ("currencyCode", "EUR")], fields);

    private static EntityRecord Account(params (string Field, string? Value)[] fields) =>
        Make("s", [("name", "Cannon"), ("_ownerid_value", "USER-JO"), ("paymenttermscode", "1"), ("_transactioncurrencyid_value", "cur-eur")], fields);

    private static EntityRecord Make(string id, (string Field, string? Value)[] defaults, (string Field, string? Value)[] overrides) =>
        Records.Make(id, Records.T0, [.. defaults.Where(d => !overrides.Any(o => o.Field == d.Field)), .. overrides]);

    [Fact]
    public void Plan_TranslatedValuesThatMatch_AreUnchanged()
    {
        var plan = SyncPlanner.Plan(Mapping, NeverSynced, Customer(), Account(), SyncDirection.ToSales, lookups: Coupled);

        Assert.Equal(PlanOutcome.Unchanged, plan.Outcome);
    }

    [Fact]
    public void Plan_SalespersonToSales_BindsTheCoupledUserAndShowsTheCode()
    {
        var plan = SyncPlanner.Plan(Mapping, NeverSynced, Customer(("salespersonCode", "PS")), Account(), SyncDirection.ToSales, lookups: Coupled);

        var change = Assert.Single(plan.Changes);
        Assert.Equal(("JO", "PS"), (change.OldDisplay, change.NewDisplay));
        Assert.Equal(new Dictionary<string, string?> { ["ownerid@odata.bind"] = "/systemusers(user-ps)" }, SyncPlanner.ValuesFor(plan, Side.Sales));
        var (_, sales) = SyncPlanner.Apply(plan, Customer(), Account());
        Assert.Equal("user-ps", sales["_ownerid_value"]);
    }

    [Fact]
    public void Plan_SalespersonNotCoupled_FailsTheRecordWithTheNextStep_AndWritesNothing()
    {
        var plan = SyncPlanner.Plan(Mapping, NeverSynced, Customer(("salespersonCode", "EH"), ("displayName", "Renamed")), Account(),
            SyncDirection.ToSales, lookups: Coupled);

        Assert.Equal(PlanOutcome.Failed, plan.Outcome);
        var failure = Assert.IsType<DependencyNotCoupled>(Assert.Single(plan.Failures));
        Assert.Equal(("SALESPEOPLE", "EH"), (failure.Mapping, failure.SourceValue));
        Assert.StartsWith("salesperson EH is not coupled to a Sales user.", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_LookupSetToClear_ClearsTheSalesColumn()
    {
        var mapping = Mapping with
        {
            Fields = [.. Mapping.Fields.Select(f => f.Label == "Currency" ? f with { ClearWhenNotCoupled = true } : f)],
        };

        var plan = SyncPlanner.Plan(mapping, NeverSynced, Customer(("currencyCode", "USD")), Account(), SyncDirection.ToSales, lookups: Coupled);

        Assert.Equal(PlanOutcome.Modified, plan.Outcome);
        Assert.Equal(new Dictionary<string, string?> { ["transactioncurrencyid@odata.bind"] = null }, SyncPlanner.ValuesFor(plan, Side.Sales));
    }

    [Fact]
    public void Plan_PaymentTermsFromSales_WritesTheIdOfTheMappedCode()
    {
        var plan = SyncPlanner.Plan(Mapping, NeverSynced, Customer(), Account(("paymenttermscode", "4")), SyncDirection.FromSales, lookups: Coupled);

        var change = Assert.Single(plan.Changes);
        Assert.Equal(("30 DAYS", "Net 60"), (change.OldDisplay, change.NewDisplay));
        Assert.Equal(new Dictionary<string, string?> { ["paymentTermsId"] = "pt-60" }, SyncPlanner.ValuesFor(plan, Side.BusinessCentral));
    }

    [Fact]
    public void Plan_PaymentTermsWithoutAnOption_FailsWithAdvice()
    {
        var lookups = Coupled.WithCode(CustomerMapping.PaymentTermsCodes, "pt-cod", "COD");

        var plan = SyncPlanner.Plan(Mapping, NeverSynced, Customer(("paymentTermsId", "pt-cod")), Account(), SyncDirection.ToSales, lookups: lookups);

        var failure = Assert.IsType<NoMatchingOption>(Assert.Single(plan.Failures));
        Assert.Contains("'COD' in Business Central has no matching Sales value", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_ConflictOnALookup_KeepBusinessCentral_WritesTheTranslatedId()
    {
        var synced = SyncFixtures.NeverSynced() with
        {
            LastSync = new SyncState(Records.T0, "test", SyncDirection.Automatic, 0, Records.T0, Records.T0,
                FieldSnapshot.Capture(Mapping, Customer(("currencyCode", "")), Account(("_transactioncurrencyid_value", null)))),
        };
        var bc = Customer() with { ModifiedOn = SyncFixtures.Later };
        var sales = Account(("_transactioncurrencyid_value", "cur-usd")) with { ModifiedOn = SyncFixtures.Later };

        var asked = SyncPlanner.Plan(Mapping, synced, bc, sales, SyncDirection.Automatic, ConflictPolicies.FailAndAsk, Coupled);
        var conflict = Assert.Single(asked.Conflicts);
        Assert.Equal(("EUR", "cur-usd"), (conflict.BusinessCentralValue, conflict.SalesValue));

        var kept = SyncPlanner.Plan(Mapping, synced, bc, sales, SyncDirection.Automatic, ConflictPolicies.BusinessCentralWins, Coupled);
        Assert.Equal(new Dictionary<string, string?> { ["transactioncurrencyid@odata.bind"] = "/transactioncurrencies(cur-eur)" },
            SyncPlanner.ValuesFor(kept, Side.Sales));
    }

    [Fact]
    public void Plan_DisabledFields_AreNeitherComparedNorWritten()
    {
        var plan = SyncPlanner.Plan(Mapping, NeverSynced, Customer(("faxNo", "123")), Account(("fax", "456")), SyncDirection.ToSales, lookups: Coupled);

        Assert.Equal(PlanOutcome.Unchanged, plan.Outcome);
    }
}
