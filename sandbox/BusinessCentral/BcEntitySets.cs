using System.Globalization;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>The company-scoped writable sets the sandbox serves, and the read-only <c>contactsInformation</c>.</summary>
public static class BcEntitySets
{
    /// <summary>The read-only set of contact business relations.</summary>
    public const string ContactsInformation = "contactsInformation";

    /// <summary>customers: numbers go up by 10 (10000, 20000, ...).</summary>
    public static BcEntitySet Customers { get; } = new("customers", BcSchema.Customer, "Customer", "number", "No.")
    {
        NextKey = rows => (HighestNumber(rows, string.Empty) + 10).ToString(CultureInfo.InvariantCulture),
        Enums = new Dictionary<string, IReadOnlyList<string>> { ["blocked"] = BcSchema.BlockedValues, ["type"] = BcSchema.CustomerTypes },
        Defaults = new Dictionary<string, object?> { ["type"] = "Company", ["blocked"] = " " },
        AfterDelete = BcContactRules.AfterCustomerDeleted,
    };

    /// <summary>contacts: numbers from the series CT000001, CT000002, ...; a display name is required.</summary>
    public static BcEntitySet Contacts { get; } = new("contacts", BcSchema.Contact, "Contact", "number", "No.")
    {
        NextKey = rows => "CT" + (HighestNumber(rows, "CT") + 1).ToString("000000", CultureInfo.InvariantCulture),
        Required = ["displayName"],
        Enums = new Dictionary<string, IReadOnlyList<string>> { ["type"] = BcSchema.ContactTypes },
        Defaults = new Dictionary<string, object?> { ["type"] = "Company", ["contactBusinessRelation"] = " " },
        Complete = BcContactRules.Complete,
        AfterPut = BcContactRules.AfterContactPut,
        AfterDelete = BcContactRules.AfterContactDeleted,
    };

    /// <summary>salespeoplePurchasers: the code is required.</summary>
    public static BcEntitySet SalespeoplePurchasers { get; } =
        new("salespeoplePurchasers", BcSchema.SalespersonPurchaser, "Salesperson/Purchaser", "code", "Code");

    /// <summary>currencies: the code is required.</summary>
    public static BcEntitySet Currencies { get; } = new("currencies", BcSchema.Currency, "Currency", "code", "Code")
    {
        Defaults = new Dictionary<string, object?> { ["amountDecimalPlaces"] = "2:2", ["amountRoundingPrecision"] = 0.01m },
    };

    /// <summary>paymentTerms: the code is required.</summary>
    public static BcEntitySet PaymentTerms { get; } = new("paymentTerms", BcSchema.PaymentTerm, "Payment Terms", "code", "Code");

    /// <summary>All writable sets.</summary>
    public static IReadOnlyList<BcEntitySet> All { get; } = [Customers, Contacts, SalespeoplePurchasers, Currencies, PaymentTerms];

    /// <summary>The writable set of that name, or null.</summary>
    public static BcEntitySet? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    private static long HighestNumber(IEnumerable<Row> rows, string prefix) => rows
        .Select(r => r["number"] as string ?? string.Empty)
        .Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        .Select(n => long.TryParse(n.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0)
        .DefaultIfEmpty(0)
        .Max();
}
