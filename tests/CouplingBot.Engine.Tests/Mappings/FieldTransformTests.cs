using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Mappings;

public class FieldTransformTests
{
    private static readonly FieldMapping Salesperson = CustomerMapping.Anchor.Fields.Single(f => f.Label == "Salesperson");
    private static readonly FieldMapping Currency = CustomerMapping.Anchor.Fields.Single(f => f.Label == "Currency");
    private static readonly FieldMapping PaymentTerms = CustomerMapping.Anchor.Fields.Single(f => f.Label == "Payment terms");

    private static string? NothingCoupled(FieldLookup lookup, Side source, string value) => null;

    private static string? Coupled(FieldLookup lookup, Side source, string value) =>
        (lookup.Mapping, source, value) switch
        {
            ("SALESPEOPLE", Side.BusinessCentral, "JO") => "user-jo",
            ("CURRENCY", Side.BusinessCentral, "EUR") => "currency-eur",
            ("CURRENCY", Side.Sales, "currency-eur") => "EUR",
            _ => null,
        };

    [Theory]
    [InlineData("30 DAYS", "1")]
    [InlineData("1M(8D)", "2")]
    [InlineData("45 days", "3")]
    [InlineData("60 DAYS", "4")]
    public void Translate_OptionToSales_MapsCode(string code, string option) =>
        Assert.Equal(new TargetValue(PaymentTerms, option), FieldTransform.Translate(PaymentTerms, SyncDirection.ToSales, code, NothingCoupled));

    [Theory]
    [InlineData("1", "30 DAYS")]
    [InlineData("2", "1M(8D)")]
    [InlineData("4", "60 DAYS")]
    public void Translate_OptionFromSales_MapsOption(string option, string code) =>
        Assert.Equal(new TargetValue(PaymentTerms, code), FieldTransform.Translate(PaymentTerms, SyncDirection.FromSales, option, NothingCoupled));

    [Fact]
    public void Translate_UnmappedOption_NoMatchingOptionWithAdvice()
    {
        var outcome = Assert.IsType<NoMatchingOption>(FieldTransform.Translate(PaymentTerms, SyncDirection.ToSales, "14 DAYS", NothingCoupled));
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
        Assert.Equal(new TargetValue(Salesperson, null), FieldTransform.Translate(Salesperson, SyncDirection.ToSales, value, (_, _, _) => throw new InvalidOperationException()));

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
