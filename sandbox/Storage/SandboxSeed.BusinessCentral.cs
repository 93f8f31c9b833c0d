using System.Collections.Immutable;
using CouplingBot.Sandbox.BusinessCentral;

namespace CouplingBot.Sandbox.Storage;

/// <summary>The Business Central seed: two companies, their customers, setup tables and contacts.</summary>
public static partial class SandboxSeed
{
    private sealed record SeedCustomer(
        string Number, string Name, string Address, string City, string PostalCode, string Country, string Phone,
        string Email, string Website, string Salesperson, decimal Balance, decimal CreditLimit, string Blocked = " ",
        string State = "", string CurrencyCode = "");

    private static readonly SeedCustomer[] CronusUkCustomers =
    [
        new("10000", "The Cannon Group PLC", "192 Market Square", "Birmingham", "B27 4KT", "GB", "+44 121 555 0100",
            "andy.teal@cannongroup.example", "www.cannongroup.example", "JO", 168_364.47m, 0m),
        new("20000", "Selangorian Ltd.", "153 Thomas Drive", "Coventry", "CV6 1GY", "GB", "+44 24 7655 0200",
            "mark.mcarthur@selangorian.example", "www.selangorian.example", "JO", 56_249.82m, 100_000m),
        new("30000", "John Haddock Insurance Co.", "10 High Tower Green", "Manchester", "MO2 4RT", "GB", "+44 161 555 0300",
            "patricia.doyle@johnhaddock.example", "www.johnhaddock.example", "JO", 138_004.50m, 0m),
        new("40000", "Deerfield Graphics Company", "10 Deerfield Road", "Gloucester", "GL1 9HM", "GB", "+44 1452 555 0400",
            "kevin.wright@deerfieldgraphics.example", "www.deerfieldgraphics.example", "JO", 4_316.90m, 25_000m),
        new("50000", "Guildford Water Department", "25 Water Way", "Guildford", "GU7 5GT", "GB", "+44 1483 555 0500",
            "jim.stewart@guildfordwater.example", "www.guildfordwater.example", "JO", 25_183.65m, 0m),
        new("60000", "Blanemark Hi-Fi Shop", "28 Baker Street", "London", "W2 8HG", "GB", "+44 20 7946 0600",
            "orders@blanemark.example", "www.blanemark.example", "EH", 0m, 10_000m),
        new("70000", "Northwind Traders UK", "4 Harbour Road", "Bristol", "BS1 5TT", "GB", "+44 117 496 0700",
            "accounts@northwind-uk.example", "www.northwind-uk.example", "OF", 12_450.00m, 50_000m),
        new("80000", "Wide World Importers Ltd", "77 King's Road", "Reading", "RG1 3AR", "GB", "+44 118 496 0800",
            "finance@wideworld.example", "www.wideworld.example", "LT", 7_820.15m, 20_000m, CurrencyCode: "EUR"),
        new("90000", "Trey Research Ltd", "1 Science Park", "Cambridge", "CB4 0WS", "GB", "+44 1223 496 0900",
            "hello@treyresearch.example", "www.treyresearch.example", "RB", 0m, 0m),
        new("100000", "Litware Supplies UK", "9 Turl Street", "Oxford", "OX1 3DQ", "GB", "+44 1865 496 1000",
            "ap@litware-uk.example", "www.litware-uk.example", "HR", 3_200.00m, 5_000m, Blocked: "All"),
    ];

    private static readonly SeedCustomer[] CronusUsaCustomers =
    [
        new("10000", "Adatum Corporation", "192 Market Square", "Atlanta", "31772", "US", "+1 404 555 0110",
            "robert.townes@adatum.example", "www.adatum.example", "PS", 9_500.00m, 50_000m, State: "GA"),
        new("20000", "Trey Research", "153 Thomas Drive", "Chicago", "61236", "US", "+1 312 555 0120",
            "helen.ray@treyresearch.example", "www.treyresearch.example", "PS", 0m, 0m, State: "IL"),
    ];

    /// <summary>The seeded Business Central store.</summary>
    public static StoreSnapshot BusinessCentral()
    {
        var t = new StoreTransaction(StoreSnapshot.Empty);
        AddCompany(t, CronusUkCompanyId, "CRONUS UK Ltd.", CronusUkCustomers);
        AddCompany(t, CronusUsaCompanyId, "CRONUS USA, Inc.", CronusUsaCustomers);
        foreach (var companyId in new[] { CronusUkCompanyId, CronusUsaCompanyId })
        {
            AddSetup(t, companyId);
        }

        AddContacts(t, CronusUkCompanyId, CronusUkCustomers, CronusUkContactCustomers, CronusUkPersons);
        AddContacts(t, CronusUsaCompanyId, CronusUsaCustomers, ["10000", "20000"], CronusUsaPersons);
        return t.Snapshot;
    }

    private static void AddCompany(StoreTransaction t, Guid id, string name, SeedCustomer[] customers)
    {
        t.Put(BcSchema.CompaniesTable, id, ImmutableDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, object?>[]
        {
            new("id", id), new("systemVersion", "27.0.38460.0"), new("timestamp", 1000L + t.Snapshot.LastVersion),
            new("name", name), new("displayName", name), new("businessProfileId", string.Empty),
            new("systemCreatedAt", SeededAt), new("systemModifiedAt", SeededAt),
        }));
        foreach (var c in customers)
        {
            var customerId = CustomerId(id, c.Number);
            var values = BcCustomerBody.Defaults()
                .SetItem("id", customerId).SetItem("number", c.Number).SetItem("displayName", c.Name)
                .SetItem("addressLine1", c.Address).SetItem("city", c.City).SetItem("state", c.State)
                .SetItem("country", c.Country).SetItem("postalCode", c.PostalCode).SetItem("phoneNumber", c.Phone)
                .SetItem("email", c.Email).SetItem("website", c.Website).SetItem("salespersonCode", c.Salesperson)
                .SetItem("balanceDue", c.Balance).SetItem("creditLimit", c.CreditLimit).SetItem("taxLiable", c.Country == "US")
                .SetItem("taxRegistrationNumber", c.Country == "GB" ? "GB" + c.Number.PadLeft(9, '7') : string.Empty)
                .SetItem("currencyCode", c.CurrencyCode)
                .SetItem("currencyId", c.CurrencyCode.Length == 0 ? Guid.Empty : StableGuid.From("bc/currency/" + c.CurrencyCode))
                .SetItem("paymentTermsId", StableGuid.From("bc/paymentTerms/30 DAYS"))
                .SetItem("shipmentMethodId", Guid.Empty)
                .SetItem("blocked", c.Blocked)
                .SetItem("lastModifiedDateTime", SeededAt);
            t.Put(BcSchema.CustomersTable(id), customerId, values);
        }
    }
}
