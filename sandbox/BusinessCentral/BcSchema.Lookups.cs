using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>BC's setup entities: salespeople/purchasers (table 13), currencies (table 4), payment terms (table 3).</summary>
public static partial class BcSchema
{
    /// <summary>salespersonPurchaser.</summary>
    public static EntitySchema SalespersonPurchaser { get; } = new("Microsoft.NAV", "salespersonPurchaser", "salespeoplePurchasers", "id",
    [
        new("id", ColumnType.Guid),
        new("code", ColumnType.String, 20),
        new("displayName", ColumnType.String, 50),
        new("email", ColumnType.String, 80),
        new("phoneNo", ColumnType.String, 30),
        new("jobTitle", ColumnType.String, 30),
        new("blocked", ColumnType.Boolean),
        new("lastModifiedDateTime", ColumnType.DateTimeOffset, ReadOnly: true),
    ]);

    /// <summary>currency.</summary>
    public static EntitySchema Currency { get; } = new("Microsoft.NAV", "currency", "currencies", "id",
    [
        new("id", ColumnType.Guid),
        new("code", ColumnType.String, 10),
        new("displayName", ColumnType.String, 30),
        new("symbol", ColumnType.String, 10),
        new("amountDecimalPlaces", ColumnType.String, 5),
        new("amountRoundingPrecision", ColumnType.Decimal),
        new("lastModifiedDateTime", ColumnType.DateTimeOffset, ReadOnly: true),
    ]);

    /// <summary>paymentTerm.</summary>
    public static EntitySchema PaymentTerm { get; } = new("Microsoft.NAV", "paymentTerm", "paymentTerms", "id",
    [
        new("id", ColumnType.Guid),
        new("code", ColumnType.String, 10),
        new("displayName", ColumnType.String, 100),
        new("dueDateCalculation", ColumnType.String, 32),
        new("discountDateCalculation", ColumnType.String, 32),
        new("discountPercent", ColumnType.Decimal),
        new("calculateDiscountOnCreditMemos", ColumnType.Boolean),
        new("lastModifiedDateTime", ColumnType.DateTimeOffset, ReadOnly: true),
    ]);
}
