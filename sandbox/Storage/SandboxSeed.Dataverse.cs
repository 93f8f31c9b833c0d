using System.Collections.Immutable;
using CouplingBot.Sandbox.Dataverse;

namespace CouplingBot.Sandbox.Storage;

/// <summary>The Dataverse seed: the Sales "(sample)" accounts and near-matches of CRONUS UK customers (then contacts and lookups).</summary>
public static partial class SandboxSeed
{
    private sealed record SeedAccount(
        string Name, string? Line1, string City, string? PostalCode, string? State, string Country, string Phone,
        string? Email, string? Website, int StateCode = 0, string? AccountNumber = null, decimal? CreditLimit = null);

    private static readonly SeedAccount[] Accounts =
    [
        new("Fourth Coffee (sample)", "7 Pike Street", "Seattle", "98101", "WA", "United States", "555-0150", "someone1@example.com", "http://www.fourthcoffee.com"),
        new("Litware, Inc. (sample)", "2500 Elm Street", "Dallas", "75201", "TX", "United States", "555-0151", "someone2@example.com", "http://www.litwareinc.com"),
        new("Adventure Works (sample)", "15 Ocean Drive", "Santa Cruz", "95060", "CA", "United States", "555-0152", "someone3@example.com", "http://www.adventure-works.com"),
        new("Fabrikam, Inc. (sample)", "420 Lake Avenue", "Lynnwood", "98036", "WA", "United States", "555-0153", "someone4@example.com", "http://www.fabrikam.com"),
        new("Blue Yonder Airlines (sample)", "1 World Way", "Los Angeles", "90045", "CA", "United States", "555-0154", "someone5@example.com", "http://www.blueyonderairlines.com"),
        new("City Power & Light (sample)", "300 Main Street", "Redmond", "98052", "WA", "United States", "555-0155", "someone6@example.com", "http://www.cpandl.com"),
        new("Contoso Pharmaceuticals (sample)", "8 Research Blvd", "Redmond", "98053", "WA", "United States", "555-0156", "someone7@example.com", "http://www.contoso.com"),
        new("Alpine Ski House (sample)", "12 Summit Road", "Missoula", "59801", "MT", "United States", "555-0157", "someone8@example.com", "http://www.alpineskihouse.com"),
        new("A. Datum Corporation (sample)", "44 Commerce Street", "Redmond", "98054", "WA", "United States", "555-0158", "someone9@example.com", "http://www.adatum.com"),
        new("Coho Winery (sample)", "17 Vineyard Lane", "Phoenix", "85001", "AZ", "United States", "555-0159", "someone10@example.com", "http://www.cohowinery.com"),
        new("Cannon Group", "190 Market Square", "Birmingham", "B27 4KT", null, "United Kingdom", "+44 (121) 555-0100", "info@cannongroup.example", "https://cannongroup.example"),
        new("Cannon Industries Ltd", "3 Wellington Place", "Leeds", "LS1 4AP", null, "United Kingdom", "+44 113 496 0000", "sales@cannonindustries.example", "https://cannonindustries.example"),
        new("Selangorian Limited", "153 Thomas Drive", "Coventry", "CV6 1GY", null, "United Kingdom", "+44 24 7655 0200", "info@selangorian.example", null),
        new("John Haddock Insurance Co.", "10 High Tower Green", "Manchester", "MO2 4RT", null, "United Kingdom", "+44 161 555 0300", "patricia.doyle@johnhaddock.example", "https://johnhaddock.example", CreditLimit: 50_000m),
        new("Deerfield Graphics", "10 Deerfield Road", "Gloucester", "GL1 9HM", null, "United Kingdom", "+44 1452 555 0400", null, null, StateCode: 1),
    ];

    /// <summary>The seeded Dataverse store (versionnumbers start above 1,000,000, like a real org's).</summary>
    public static StoreSnapshot Dataverse()
    {
        var t = new StoreTransaction(StoreSnapshot.Empty with { LastVersion = 1_000_000 });
        foreach (var a in Accounts)
        {
            var id = AccountId(a.Name);
            var uk = a.Country == "United Kingdom";
            var values = DvAccountBody.Empty()
                .SetItem("accountid", id).SetItem("name", a.Name).SetItem("accountnumber", a.AccountNumber)
                .SetItem("telephone1", a.Phone).SetItem("emailaddress1", a.Email).SetItem("websiteurl", a.Website)
                .SetItem("address1_line1", a.Line1).SetItem("address1_city", a.City).SetItem("address1_postalcode", a.PostalCode)
                .SetItem("address1_stateorprovince", a.State).SetItem("address1_country", a.Country)
                .SetItem("creditlimit", a.CreditLimit).SetItem("paymenttermscode", 1).SetItem("customertypecode", 3)
                .SetItem("statecode", a.StateCode).SetItem("statuscode", a.StateCode == 0 ? 1 : 2)
                .SetItem("createdon", SeededAt).SetItem("modifiedon", SeededAt)
                .SetItem("_ownerid_value", SandboxOwnerId)
                .SetItem("_transactioncurrencyid_value", uk ? GbpCurrencyId : UsdCurrencyId)
                .SetItem("_primarycontactid_value", PrimaryContactOf(a.Name));
            t.Put(DvSchema.AccountsTable, id, values, DvSchema.VersionColumn);
        }

        AddDataverseContacts(t);
        return t.Snapshot;
    }
}
