using System.Collections.Immutable;
using System.Globalization;
using CouplingBot.Sandbox.BusinessCentral;

namespace CouplingBot.Sandbox.Storage;

/// <summary>
/// The BC contact seed: one company contact per seeded customer 10000-50000 (related to it), their person contacts,
/// and a prospect company with no customer. Numbers CT000001... per company.
/// </summary>
public static partial class SandboxSeed
{
    private sealed record SeedPerson(string Name, string CustomerNumber, string JobTitle, string Email, string Mobile);

    private static readonly string[] CronusUkContactCustomers = ["10000", "20000", "30000", "40000", "50000"];

    private static readonly SeedPerson[] CronusUkPersons =
    [
        new("Mr. Andy Teal", "10000", "Purchasing Manager", "andy.teal@cannongroup.example", "+44 7700 900100"),
        new("Mr. Mark McArthur", "20000", "Managing Director", "mark.mcarthur@selangorian.example", "+44 7700 900200"),
        new("Miss Patricia Doyle", "30000", "Office Manager", "patricia.doyle@johnhaddock.example", "+44 7700 900300"),
        new("Mr. Kevin Wright", "40000", "Purchasing Agent", "kevin.wright@deerfieldgraphics.example", "+44 7700 900400"),
        new("Mr. Jim Stewart", "50000", "Facilities Manager", "jim.stewart@guildfordwater.example", "+44 7700 900500"),
        new("Mrs. Sue Jackson", "10000", "Accounts Payable", "sue.jackson@cannongroup.example", "+44 7700 900101"),
        new("Mr. Peter Houston", "20000", "Buyer", "peter.houston@selangorian.example", "+44 7700 900201"),
    ];

    private static readonly SeedPerson[] CronusUsaPersons =
    [
        new("Mr. Robert Townes", "10000", "Purchasing Manager", "robert.townes@adatum.example", "+1 404 555 0111"),
        new("Ms. Helen Ray", "20000", "Office Manager", "helen.ray@treyresearch.example", "+1 312 555 0121"),
    ];

    /// <summary>The id of a seeded BC contact, from its company and number.</summary>
    public static Guid BcContactId(Guid companyId, string number) => StableGuid.From($"bc/contact/{companyId:D}/{number}");

    private static void AddContacts(StoreTransaction t, Guid companyId, SeedCustomer[] customers, string[] related, SeedPerson[] persons)
    {
        var number = 0;
        var companyNumbers = new Dictionary<string, (string Number, string Name)>(StringComparer.Ordinal);
        foreach (var customer in customers.Where(c => related.Contains(c.Number)))
        {
            var contactNumber = ContactNumber(++number);
            companyNumbers[customer.Number] = (contactNumber, customer.Name);
            var id = PutCompanyContact(t, companyId, contactNumber, customer.Name, customer.Address, customer.City, customer.PostalCode,
                customer.Country, customer.Phone, customer.Email, customer.Website, "Customer");
            t.Put(BcSchema.ContactRelationsTable(companyId), id, ImmutableDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, object?>[]
            {
                new("contactId", id), new("relatedType", "Customer"), new("relatedId", CustomerId(companyId, customer.Number)),
            }));
        }

        foreach (var person in persons)
        {
            var company = companyNumbers[person.CustomerNumber];
            var customer = customers.Single(c => c.Number == person.CustomerNumber);
            var contactNumber = ContactNumber(++number);
            Put(t, BcEntitySets.Contacts, companyId, BcContactId(companyId, contactNumber), v => v
                .SetItem("number", contactNumber).SetItem("type", "Person").SetItem("displayName", person.Name)
                .SetItem("jobTitle", person.JobTitle).SetItem("companyNumber", company.Number).SetItem("companyName", company.Name)
                .SetItem("addressLine1", customer.Address).SetItem("city", customer.City).SetItem("postalCode", customer.PostalCode)
                .SetItem("state", customer.State).SetItem("country", customer.Country).SetItem("phoneNumber", customer.Phone)
                .SetItem("mobilePhoneNumber", person.Mobile).SetItem("email", person.Email));
        }

        PutCompanyContact(t, companyId, ContactNumber(++number), "Alpine Ski House", "10 Piste Road", "Aviemore", "PH22 1RB", "GB",
            "+44 1479 555 0900", "info@alpineskihouse.example", "www.alpineskihouse.example", " ");
    }

    private static Guid PutCompanyContact(
        StoreTransaction t, Guid companyId, string number, string name, string address, string city, string postalCode,
        string country, string phone, string email, string website, string relation)
    {
        var id = BcContactId(companyId, number);
        Put(t, BcEntitySets.Contacts, companyId, id, v => v
            .SetItem("number", number).SetItem("type", "Company").SetItem("displayName", name)
            .SetItem("companyNumber", number).SetItem("companyName", name).SetItem("contactBusinessRelation", relation)
            .SetItem("addressLine1", address).SetItem("city", city).SetItem("postalCode", postalCode).SetItem("country", country)
            .SetItem("phoneNumber", phone).SetItem("email", email).SetItem("website", website));
        return id;
    }

    private static string ContactNumber(int n) => "CT" + n.ToString("000000", CultureInfo.InvariantCulture);
}
