using System.Collections.Immutable;
using CouplingBot.Sandbox.BusinessCentral;

namespace CouplingBot.Sandbox.Storage;

/// <summary>The BC setup seed: salespeople, currencies and payment terms, the same in every company.</summary>
public static partial class SandboxSeed
{
    private static readonly (string Code, string Name, string JobTitle)[] Salespeople =
    [
        ("BC", "Benjamin Chiu", "Sales Manager"), ("EH", "Ester Henderson", "Salesperson"), ("HR", "Helena Ray", "Purchaser"),
        ("JO", "Jim Olive", "Salesperson"), ("LT", "Lina Townsend", "Sales Manager"), ("OF", "Otis Falls", "Salesperson"),
        ("PS", "Peter Saddow", "Salesperson"), ("RB", "Robin Bettencourt", "Purchaser"),
    ];

    private static readonly (string Code, string Name, string Symbol)[] Currencies =
    [
        ("EUR", "Euro", "€"), ("GBP", "British Pound", "£"), ("USD", "US Dollar", "$"),
    ];

    private static readonly (string Code, string Name, string Due, string DiscountDate, decimal Discount)[] Terms =
    [
        ("14 DAYS", "Net 14 days", "14D", "", 0m), ("1M(8D)", "1 Month/2% 8 days", "1M", "8D", 2m),
        ("30 DAYS", "Net 30 days", "30D", "", 0m), ("CM", "Current month", "CM", "", 0m), ("COD", "Cash on delivery", "0D", "", 0m),
    ];

    /// <summary>The id of a seeded BC salesperson/purchaser (the same in every company).</summary>
    public static Guid SalespersonId(string code) => StableGuid.From($"bc/salespersonPurchaser/{code}");

    /// <summary>The id of a seeded BC currency (the same in every company; customers' <c>currencyId</c> uses it).</summary>
    public static Guid BcCurrencyId(string code) => StableGuid.From($"bc/currency/{code}");

    /// <summary>The id of seeded BC payment terms (the same in every company; customers' <c>paymentTermsId</c> uses it).</summary>
    public static Guid PaymentTermsId(string code) => StableGuid.From($"bc/paymentTerms/{code}");

    private static void AddSetup(StoreTransaction t, Guid companyId)
    {
        foreach (var (code, name, jobTitle) in Salespeople)
        {
            var email = name.Replace(' ', '.').ToLowerInvariant() + "@cronus.example";
            Put(t, BcEntitySets.SalespeoplePurchasers, companyId, SalespersonId(code), v => v
                .SetItem("code", code).SetItem("displayName", name).SetItem("email", email).SetItem("jobTitle", jobTitle));
        }

        foreach (var (code, name, symbol) in Currencies)
        {
            Put(t, BcEntitySets.Currencies, companyId, BcCurrencyId(code), v => v
                .SetItem("code", code).SetItem("displayName", name).SetItem("symbol", symbol));
        }

        foreach (var (code, name, due, discountDate, discount) in Terms)
        {
            Put(t, BcEntitySets.PaymentTerms, companyId, PaymentTermsId(code), v => v
                .SetItem("code", code).SetItem("displayName", name).SetItem("dueDateCalculation", due)
                .SetItem("discountDateCalculation", discountDate).SetItem("discountPercent", discount));
        }
    }

    private static Row Put(
        StoreTransaction t, BcEntitySet set, Guid companyId, Guid id,
        Func<ImmutableDictionary<string, object?>, ImmutableDictionary<string, object?>> fill) =>
        t.Put(set.Table(companyId), id, fill(BcBody.Defaults(set)).SetItem("id", id).SetItem("lastModifiedDateTime", SeededAt));
}
