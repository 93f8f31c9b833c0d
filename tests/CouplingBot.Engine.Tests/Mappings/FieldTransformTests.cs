using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Mappings;

public class FieldTransformTests
{
    private static readonly FieldMapping Salesperson = CustomerMapping.Anchor.Fields.Single(f => f.Label == "Salesperson");
    private static readonly FieldMapping Currency = CustomerMapping.Anchor.Fields.Single(f => f.Label == "Currency");
    private static readonly FieldMapping PaymentTerms = CustomerMapping.Anchor.Fields.Single(f => f.Label == "Payment terms");

    private static readonly LookupValues NothingCoupled = LookupValues.None;

    private static readonly LookupValues Coupled = LookupValues.None
        .WithCoupling("SALESPEOPLE", "code", "JO", "user-jo")
        .WithCoupling("CURRENCY", "code", "EUR", "currency-eur")
        .WithCode(CustomerMapping.PaymentTermsCodes, "pt-30", "30 DAYS")
        .WithCode(CustomerMapping.PaymentTermsCodes, "pt-1m", "1M(8D)")
        .WithCode(CustomerMapping.PaymentTermsCodes, "pt-45", "45 Days")
        .WithCode(CustomerMapping.PaymentTermsCodes, "pt-60", "60 DAYS");

    [Theory]
    [InlineData("pt-30", "1")]
    [InlineData("pt-1m", "2")]
    [InlineData("PT-45", "3")]
    [InlineData("pt-60", "4")]
    public void Translate_OptionToSales_MapsTheIdsCode(string id, string option) =>
        Assert.Equal(new TargetValue(PaymentTerms, option), FieldTransform.Translate(PaymentTerms, SyncDirection.ToSales, id, Coupled));

    [Theory]
    [InlineData("1", "pt-30")]
    [InlineData("2", "pt-1m")]
    [InlineData("4", "pt-60")]
    public void Translate_OptionFromSales_GivesTheCodesId(string option, string id) =>
        Assert.Equal(new TargetValue(PaymentTerms, id), FieldTransform.Translate(PaymentTerms, SyncDirection.FromSales, option, Coupled));

    [Fact]
    public void Translate_OptionOfACodeField_WithoutCodeTable_MapsTheCode()
    {
        var byCode = PaymentTerms with { BusinessCentralCodes = null };
        Assert.Equal(new TargetValue(byCode, "3"), FieldTransform.Translate(byCode, SyncDirection.ToSales, "45 days", NothingCoupled));
        Assert.Equal(new TargetValue(byCode, "60 DAYS"), FieldTransform.Translate(byCode, SyncDirection.FromSales, "4", NothingCoupled));
    }

    [Fact]
    public void Translate_EmptyCurrencyWithEmptyMeans_IsTheLocalCurrencyBothWays()
    {
        var currency = Currency with { EmptyMeans = "GBP" };
        var lookups = Coupled.WithCoupling("CURRENCY", "code", "GBP", "currency-gbp");

        Assert.Equal(new TargetValue(currency, "currency-gbp"), FieldTransform.Translate(currency, SyncDirection.ToSales, "", lookups));
        Assert.Equal(new TargetValue(currency, null), FieldTransform.Translate(currency, SyncDirection.FromSales, "currency-gbp", lookups));
        Assert.Equal(new TargetValue(currency, "EUR"), FieldTransform.Translate(currency, SyncDirection.FromSales, "currency-eur", lookups));
    }

    [Fact]
    public void Translate_EmptyGuidReference_MeansNoneAndClearsTheTarget() =>
        Assert.Equal(new TargetValue(PaymentTerms, null),
            FieldTransform.Translate(PaymentTerms, SyncDirection.ToSales, "00000000-0000-0000-0000-000000000000", NothingCoupled));

    [Fact]
    public void Translate_UnknownReferenceId_SaysItIsNotARecord()
    {
        var outcome = Assert.IsType<NoMatchingOption>(FieldTransform.Translate(PaymentTerms, SyncDirection.ToSales, "pt-gone", Coupled));
        Assert.Equal("Payment terms pt-gone is not a record of paymentTerms in Business Central. Choose another Payment terms in Business Central.", outcome.Message);
    }

    [Fact]
    public void Translate_OptionWhoseCodeBusinessCentralLacks_SaysCreateIt()
    {
        var outcome = Assert.IsType<NoMatchingOption>(FieldTransform.Translate(PaymentTerms, SyncDirection.FromSales, "3", NothingCoupled));
        Assert.Equal("Payment terms 'Net 45' in Sales maps to 45 DAYS, which Business Central's paymentTerms does not have. Create it in Business Central, or change the field's option mapping.", outcome.Message);
    }

    [Fact]
    public void Translate_UnmappedOption_NoMatchingOptionWithAdvice()
    {
        var outcome = Assert.IsType<NoMatchingOption>(FieldTransform.Translate(PaymentTerms, SyncDirection.ToSales, "pt-14", Coupled.WithCode(CustomerMapping.PaymentTermsCodes, "pt-14", "14 DAYS")));
        Assert.Equal("Payment terms '14 DAYS' in Business Central has no matching Sales value. Add it to the field's option mapping, or change the value in Business Central.", outcome.Message);
    }

    [Fact]
    public void Translate_Constant_WrittenWhateverTheSource()
    {
        var field = new FieldMapping("Relationship type", "", "customertypecode", FieldDirection.ToSales) { Constant = "3" };
        Assert.Equal(new TargetValue(field, "3"), FieldTransform.Translate(field, SyncDirection.ToSales, null, NothingCoupled));
        Assert.Equal(new TargetValue(field, "3"), FieldTransform.Translate(field, SyncDirection.ToSales, "7", NothingCoupled));
    }

    [Fact]
    public void Translate_CoupledLookup_GivesCoupledId() =>
        Assert.Equal(new TargetValue(Salesperson, "user-jo"), FieldTransform.Translate(Salesperson, SyncDirection.ToSales, "JO", Coupled));

    [Fact]
    public void Translate_LookupFromSales_GivesBusinessCentralKey() =>
        Assert.Equal(new TargetValue(Currency, "EUR"), FieldTransform.Translate(Currency, SyncDirection.FromSales, "currency-eur", Coupled));

    [Fact]
    public void Translate_UncoupledLookup_ActionableFailure()
    {
        var outcome = Assert.IsType<DependencyNotCoupled>(FieldTransform.Translate(Salesperson, SyncDirection.ToSales, "EH", Coupled));
        Assert.Equal(("SALESPEOPLE", "EH"), (outcome.Mapping, outcome.SourceValue));
        Assert.Equal("salesperson EH is not coupled to a Sales user. Couple it (SALESPEOPLE) first, or set Salesperson to be cleared when not coupled.", outcome.Message);
    }

    [Fact]
    public void Translate_UncoupledLookupFromSales_NamesTheSalesRecord()
    {
        var outcome = Assert.IsType<DependencyNotCoupled>(FieldTransform.Translate(Currency, SyncDirection.FromSales, "currency-usd", Coupled));
        Assert.StartsWith("Sales currency currency-usd is not coupled to a currency.", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_UncoupledLookupSetToClear_ClearsTarget()
    {
        var field = Salesperson with { ClearWhenNotCoupled = true };
        Assert.Equal(new TargetValue(field, null), FieldTransform.Translate(field, SyncDirection.ToSales, "EH", NothingCoupled));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Translate_EmptyLookup_ClearsWithoutAskingForACoupling(string? value) =>
        Assert.Equal(new TargetValue(Salesperson, null), FieldTransform.Translate(Salesperson, SyncDirection.ToSales, value, NothingCoupled));

    [Fact]
    public void Translate_PlainField_CopiesValue()
    {
        var name = CustomerMapping.Anchor.Fields[0];
        Assert.Equal(new TargetValue(name, "The Cannon Group PLC"), FieldTransform.Translate(name, SyncDirection.FromSales, "The Cannon Group PLC", NothingCoupled));
    }

    [Fact]
    public void Translate_AgainstDirection_Throws() =>
        Assert.Throws<ArgumentException>(() => FieldTransform.Translate(Salesperson, SyncDirection.FromSales, "user-jo", Coupled));
}
