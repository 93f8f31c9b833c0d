using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Dataverse;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Tests.Storage;

public sealed class SandboxSeedContactsTests
{
    private static readonly Guid Uk = SandboxSeed.CronusUkCompanyId;

    [Fact]
    public void BusinessCentral_Seed_ContactsSetupAndRelations()
    {
        var seed = SandboxSeed.BusinessCentral();
        var contacts = seed.Table(BcEntitySets.Contacts.Table(Uk));

        Assert.Equal(SandboxSeed.CronusUkContactCount, contacts.Count);
        Assert.Equal(SandboxSeed.SalespersonCount, seed.Table(BcEntitySets.SalespeoplePurchasers.Table(Uk)).Count);
        Assert.Equal(3, seed.Table(BcEntitySets.Currencies.Table(SandboxSeed.CronusUsaCompanyId)).Count);
        Assert.Equal(5, seed.Table(BcEntitySets.PaymentTerms.Table(Uk)).Count);
        Assert.Equal(Enumerable.Range(1, 13).Select(n => $"CT{n:000000}"), contacts.Values.Select(c => (string)c["number"]!).Order(StringComparer.Ordinal));
        var relations = seed.Table(BcSchema.ContactRelationsTable(Uk));
        Assert.Equal(SandboxSeed.CannonGroupCustomerId, relations[SandboxSeed.CannonGroupBcContactId]["relatedId"]);
        Assert.False(relations.ContainsKey(SandboxSeed.ProspectBcContactId));
    }

    [Theory]
    [InlineData("10000", "Mr. Andy Teal")]
    [InlineData("20000", "Mr. Mark McArthur")]
    [InlineData("30000", "Miss Patricia Doyle")]
    [InlineData("40000", "Mr. Kevin Wright")]
    [InlineData("50000", "Mr. Jim Stewart")]
    public void BusinessCentral_Seed_EachCustomerHasCompanyContactWithItsPerson(string customerNumber, string person)
    {
        var seed = SandboxSeed.BusinessCentral();
        var customerId = SandboxSeed.CustomerId(Uk, customerNumber);
        var companyId = seed.Table(BcSchema.ContactRelationsTable(Uk)).Values.Single(r => Equals(r["relatedId"], customerId)).Id;
        var company = seed.Table(BcEntitySets.Contacts.Table(Uk))[companyId];
        var personRow = seed.Table(BcEntitySets.Contacts.Table(Uk)).Values.Single(c => Equals(c["displayName"], person));

        Assert.Equal("Company", company["type"]);
        Assert.Equal(seed.Table(BcSchema.CustomersTable(Uk))[customerId]["displayName"], company["displayName"]);
        Assert.Equal(company["number"], personRow["companyNumber"]);
        Assert.Equal(company["displayName"], personRow["companyName"]);
    }

    [Fact]
    public void BusinessCentral_Seed_CustomersUnchanged()
    {
        var customers = SandboxSeed.BusinessCentral().Table(BcSchema.CustomersTable(Uk));

        Assert.Equal(new Guid("71411fc5-bfad-5bad-910f-0028e9d68d39"), SandboxSeed.CannonGroupCustomerId);
        Assert.Equal("The Cannon Group PLC", customers[SandboxSeed.CannonGroupCustomerId]["displayName"]);
        Assert.Equal(SandboxSeed.ThirtyDaysPaymentTermsId, customers[SandboxSeed.CannonGroupCustomerId]["paymentTermsId"]);
        Assert.Equal("JO", customers[SandboxSeed.GuildfordWaterCustomerId]["salespersonCode"]);
    }

    [Fact]
    public void Dataverse_Seed_ContactsUsersCurrenciesAndAccountVersionsKept()
    {
        var seed = SandboxSeed.Dataverse();
        var contacts = seed.Table(DvSchema.ContactsTable);

        Assert.Equal(SandboxSeed.DvContactCount, contacts.Count);
        Assert.Equal(SandboxSeed.SystemUserCount, seed.Table(DvSchema.SystemUsersTable).Count);
        Assert.Equal(3, seed.Table(DvSchema.TransactionCurrenciesTable).Count);
        Assert.True(seed.Table(DvSchema.SystemUsersTable).ContainsKey(SandboxSeed.SandboxOwnerId));
        Assert.All(contacts.Values, c => Assert.True(seed.Table(DvSchema.AccountsTable).ContainsKey((Guid)c["_parentcustomerid_value"]!)));
        Assert.Equal(SandboxSeed.CannonGroupAccountId, contacts[SandboxSeed.AndyTealContactId]["_parentcustomerid_value"]);
        Assert.Equal(1_000_011L, seed.Table(DvSchema.AccountsTable)[SandboxSeed.CannonGroupAccountId].Version);
        Assert.Null(seed.Table(DvSchema.AccountsTable)[SandboxSeed.CannonGroupAccountId]["_primarycontactid_value"]);
        Assert.True(seed.Table(DvSchema.AccountsTable).Values.Max(a => a.Version) < contacts.Values.Min(c => c.Version));
    }

    [Fact]
    public void Dataverse_Seed_SampleContactsNamed()
    {
        var names = SandboxSeed.Dataverse().Table(DvSchema.ContactsTable).Values.Select(c => (string)c["fullname"]!).ToList();

        foreach (var name in new[] { "Susanna Stubberod", "Nancy Anderson", "Maria Campbell", "Sidney Higa", "Scott Konersmann", "Robert Lyon", "Rene Valdes", "Yvonne McKay" })
        {
            Assert.Contains($"{name} (sample)", names);
        }
    }

    [Fact]
    public void NewSeededIds_MatchReadme()
    {
        Assert.Equal(new Guid("c59e7ddd-89c7-5aba-b16d-84754704df99"), SandboxSeed.AndyTealBcContactId);
        Assert.Equal(new Guid("3f620579-1be5-583f-a162-7d1f503f8fe4"), SandboxSeed.AndyTealContactId);
        Assert.Equal(new Guid("c1163e84-747a-5b24-a07e-764f9fbad50f"), SandboxSeed.EurCurrencyId);
        Assert.Equal(new Guid("722b6fb4-e014-5176-a3f6-89a84114e22a"), SandboxSeed.GbpCurrencyId);
    }
}
