using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Dataverse;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Tests.Storage;

public sealed class SandboxSeedTests
{
    [Fact]
    public void StableGuid_SameName_SameGuidDifferentNameDifferentGuid()
    {
        Assert.Equal(StableGuid.From("a"), StableGuid.From("a"));
        Assert.NotEqual(StableGuid.From("a"), StableGuid.From("b"));
        Assert.Equal(new Guid("ca978112-ca1b-5dca-bac2-31b39a23dc4d"), StableGuid.From("a"));
    }

    [Fact]
    public void BusinessCentral_Seed_HasCompaniesAndCustomerCounts()
    {
        var seed = SandboxSeed.BusinessCentral();

        Assert.Equal(2, seed.Table(BcSchema.CompaniesTable).Count);
        Assert.Equal(SandboxSeed.CronusUkCustomerCount, seed.Table(BcSchema.CustomersTable(SandboxSeed.CronusUkCompanyId)).Count);
        Assert.Equal(SandboxSeed.CronusUsaCustomerCount, seed.Table(BcSchema.CustomersTable(SandboxSeed.CronusUsaCompanyId)).Count);
        var blocked = seed.Table(BcSchema.CustomersTable(SandboxSeed.CronusUkCompanyId))[SandboxSeed.BlockedCustomerId];
        Assert.Equal("All", blocked["blocked"]);
    }

    [Fact]
    public void Dataverse_Seed_HasAccountsWithDistinctIncreasingVersions()
    {
        var seed = SandboxSeed.Dataverse();
        var accounts = seed.Table(DvSchema.AccountsTable).Values.ToList();

        Assert.Equal(SandboxSeed.AccountCount, accounts.Count);
        Assert.Equal(accounts.Count, accounts.Select(a => a.Version).Distinct().Count());
        Assert.All(accounts, a => Assert.Equal(a.Version, a["versionnumber"]));
        Assert.Equal(10, accounts.Count(a => ((string)a["name"]!).EndsWith("(sample)", StringComparison.Ordinal)));
        Assert.Equal(1, seed.Table(DvSchema.AccountsTable)[SandboxSeed.DeerfieldAccountId]["statecode"]);
    }

    [Fact]
    public void Seed_TwoCalls_Identical()
    {
        var first = SandboxSeed.Dataverse().Table(DvSchema.AccountsTable);
        var second = SandboxSeed.Dataverse().Table(DvSchema.AccountsTable);

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, pair => Assert.Equal(pair.Value.Values["name"], second[pair.Key]["name"]));
    }

    [Fact]
    public void SeededIds_MatchReadme()
    {
        Assert.Equal(new Guid("15cdcbeb-d21e-5831-8adb-89470964e9ee"), SandboxSeed.CronusUkCompanyId);
        Assert.Equal(new Guid("71411fc5-bfad-5bad-910f-0028e9d68d39"), SandboxSeed.CannonGroupCustomerId);
        Assert.Equal(new Guid("d7bb941f-45a6-5fe9-ab72-04c6302cbf1c"), SandboxSeed.CannonGroupAccountId);
    }
}
