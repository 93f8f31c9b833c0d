using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// The CURRENCY mapping: Business Central currency -&gt; Sales transaction currency, to Sales only. It
/// exists so CUSTOMER's currency can be translated to an account's transaction currency.
/// </summary>
/// <remarks>
/// Business Central's local currency has no currency record (a customer's empty currency code means
/// it); an empty code clears the account's currency rather than naming Sales' base currency.
/// </remarks>
public static class CurrencyMapping
{
    /// <summary>The mapping's name.</summary>
    public const string Name = "CURRENCY";

    /// <summary>Business Central currencies.</summary>
    public static EntitySet Currencies { get; } = new("currencies", "id", "lastModifiedDateTime");

    /// <summary>Dataverse transaction currencies.</summary>
    public static EntitySet TransactionCurrencies { get; } = new("transactioncurrencies", "transactioncurrencyid", "modifiedon");

    /// <summary>The mapping as shipped.</summary>
    public static TableMapping Default { get; } = new(
        Name: Name,
        BusinessCentral: Currencies,
        Sales: TransactionCurrencies,
        Fields:
        [
            new("Code", "code", "isocurrencycode", FieldDirection.ToSales),
            new("Symbol", "symbol", "currencysymbol", FieldDirection.ToSales),
            new("Name", "displayName", "currencyname", FieldDirection.ToSales),
        ],
        BusinessCentralNumberField: "code",
        SalesNameField: "currencyname",
        BusinessCentralFilter: new RecordFilter("code", [""], "with a code") { Excludes = true },
        SalesFilter: new RecordFilter("isocurrencycode", [""], "with a code") { Excludes = true })
    {
        Direction = FieldDirection.ToSales,
        AutoCouple = new AutoCoupleRule("code", "isocurrencycode", "same ISO currency code"),
    };
}
