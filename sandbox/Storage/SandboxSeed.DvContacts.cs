using System.Collections.Immutable;
using CouplingBot.Sandbox.Dataverse;

namespace CouplingBot.Sandbox.Storage;

/// <summary>The Dataverse seed beyond accounts: transaction currencies, system users and contacts.</summary>
public static partial class SandboxSeed
{
    private sealed record SeedContact(
        string First, string Last, string Account, string JobTitle, string Email, string Phone, string City, string Country);

    private static readonly SeedContact[] Contacts =
    [
        new("Yvonne", "McKay (sample)", "Fourth Coffee (sample)", "Purchasing Manager", "someone_a@example.com", "555-0120", "Seattle", "United States"),
        new("Susanna", "Stubberod (sample)", "Litware, Inc. (sample)", "Purchasing Manager", "someone_b@example.com", "555-0121", "Dallas", "United States"),
        new("Nancy", "Anderson (sample)", "Adventure Works (sample)", "Purchasing Assistant", "someone_c@example.com", "555-0122", "Santa Cruz", "United States"),
        new("Maria", "Campbell (sample)", "Fabrikam, Inc. (sample)", "Purchasing Manager", "someone_d@example.com", "555-0123", "Lynnwood", "United States"),
        new("Sidney", "Higa (sample)", "Blue Yonder Airlines (sample)", "Owner", "someone_e@example.com", "555-0124", "Los Angeles", "United States"),
        new("Scott", "Konersmann (sample)", "City Power & Light (sample)", "Purchasing Manager", "someone_f@example.com", "555-0125", "Redmond", "United States"),
        new("Robert", "Lyon (sample)", "Contoso Pharmaceuticals (sample)", "Owner", "someone_g@example.com", "555-0126", "Redmond", "United States"),
        new("Rene", "Valdes (sample)", "A. Datum Corporation (sample)", "Purchasing Assistant", "someone_h@example.com", "555-0127", "Redmond", "United States"),
        new("Andy", "Teal", "Cannon Group", "Purchasing Manager", "andy.teal@cannongroup.example", "+44 (121) 555-0101", "Birmingham", "United Kingdom"),
        new("Patricia", "Doyle", "John Haddock Insurance Co.", "Office Manager", "patricia.doyle@johnhaddock.example", "+44 161 555 0300", "Manchester", "United Kingdom"),
    ];

    private static readonly (string First, string Last, string Email)[] SystemUsers =
    [
        ("Sandbox", "Admin", "admin@sandbox.example"), ("Jim", "Olive", "jim.olive@cronus.example"),
        ("Ester", "Henderson", "ester.henderson@cronus.example"), ("Lina", "Townsend", "lina.townsend@cronus.example"),
    ];

    private static readonly (string Code, string Name, string Symbol, decimal Rate)[] TransactionCurrencies =
    [
        ("GBP", "Pound Sterling", "£", 1m), ("USD", "US Dollar", "$", 1.27m), ("EUR", "Euro", "€", 1.17m),
    ];

    /// <summary>The primary contact of a seeded sample account (null for the near-match accounts, which keep none).</summary>
    private static Guid? PrimaryContactOf(string accountName) =>
        accountName.EndsWith("(sample)", StringComparison.Ordinal) && Contacts.FirstOrDefault(c => c.Account == accountName) is { } c
            ? ContactId($"{c.First} {c.Last}")
            : null;

    private static void AddDataverseContacts(StoreTransaction t)
    {
        foreach (var (code, name, symbol, rate) in TransactionCurrencies)
        {
            var id = StableGuid.From($"dataverse/transactioncurrency/{code}");
            Put(t, DvEntitySets.TransactionCurrencies, id, v => v
                .SetItem("isocurrencycode", code).SetItem("currencyname", name).SetItem("currencysymbol", symbol).SetItem("exchangerate", rate));
        }

        foreach (var (first, last, email) in SystemUsers)
        {
            Put(t, DvEntitySets.SystemUsers, SystemUserId($"{first} {last}"), v => v
                .SetItem("firstname", first).SetItem("lastname", last).SetItem("fullname", $"{first} {last}")
                .SetItem("internalemailaddress", email).SetItem("domainname", email));
        }

        foreach (var c in Contacts)
        {
            var uk = c.Country == "United Kingdom";
            Put(t, DvEntitySets.Contacts, ContactId($"{c.First} {c.Last}"), v => v
                .SetItem("firstname", c.First).SetItem("lastname", c.Last).SetItem("fullname", $"{c.First} {c.Last}")
                .SetItem("jobtitle", c.JobTitle).SetItem("emailaddress1", c.Email).SetItem("telephone1", c.Phone)
                .SetItem("address1_city", c.City).SetItem("address1_country", c.Country)
                .SetItem("_parentcustomerid_value", AccountId(c.Account))
                .SetItem("_ownerid_value", uk ? SystemUserId("Jim Olive") : SandboxOwnerId)
                .SetItem("_transactioncurrencyid_value", uk ? GbpCurrencyId : UsdCurrencyId));
        }
    }

    private static void Put(
        StoreTransaction t, DvEntitySet set, Guid id, Func<ImmutableDictionary<string, object?>, ImmutableDictionary<string, object?>> fill) =>
        t.Put(set.Name, id, fill(DvBody.Empty(set)).SetItem(set.Schema.KeyName, id).SetItem("createdon", SeededAt).SetItem("modifiedon", SeededAt),
            DvSchema.VersionColumn);
}
