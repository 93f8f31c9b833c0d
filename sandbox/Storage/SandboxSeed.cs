namespace CouplingBot.Sandbox.Storage;

/// <summary>
/// The demo data both services start with (and return to on <c>POST /_sandbox/reset</c>). Every id is derived from a
/// name by <see cref="StableGuid"/>, so tests and end-to-end runs can name records by these fields.
/// </summary>
public static partial class SandboxSeed
{
    /// <summary>When every seeded record was created and last modified.</summary>
    public static readonly DateTimeOffset SeededAt = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>BC company "CRONUS UK Ltd." (the default company, first in the list).</summary>
    public static readonly Guid CronusUkCompanyId = StableGuid.From("bc/company/CRONUS UK Ltd.");

    /// <summary>BC company "CRONUS USA, Inc.".</summary>
    public static readonly Guid CronusUsaCompanyId = StableGuid.From("bc/company/CRONUS USA, Inc.");

    /// <summary>CRONUS UK customer 10000 The Cannon Group PLC.</summary>
    public static readonly Guid CannonGroupCustomerId = CustomerId(CronusUkCompanyId, "10000");

    /// <summary>CRONUS UK customer 20000 Selangorian Ltd.</summary>
    public static readonly Guid SelangorianCustomerId = CustomerId(CronusUkCompanyId, "20000");

    /// <summary>CRONUS UK customer 30000 John Haddock Insurance Co.</summary>
    public static readonly Guid JohnHaddockCustomerId = CustomerId(CronusUkCompanyId, "30000");

    /// <summary>CRONUS UK customer 40000 Deerfield Graphics Company.</summary>
    public static readonly Guid DeerfieldCustomerId = CustomerId(CronusUkCompanyId, "40000");

    /// <summary>CRONUS UK customer 50000 Guildford Water Department.</summary>
    public static readonly Guid GuildfordWaterCustomerId = CustomerId(CronusUkCompanyId, "50000");

    /// <summary>CRONUS UK customer 100000, blocked "All".</summary>
    public static readonly Guid BlockedCustomerId = CustomerId(CronusUkCompanyId, "100000");

    /// <summary>Number of customers seeded in CRONUS UK Ltd. (10000-100000).</summary>
    public const int CronusUkCustomerCount = 10;

    /// <summary>Number of customers seeded in CRONUS USA, Inc.</summary>
    public const int CronusUsaCustomerCount = 2;

    /// <summary>Sales account "Cannon Group" (near-match of customer 10000: same city and postcode, other phone format).</summary>
    public static readonly Guid CannonGroupAccountId = AccountId("Cannon Group");

    /// <summary>Sales account "Cannon Industries Ltd" (a similar name in another city).</summary>
    public static readonly Guid CannonIndustriesAccountId = AccountId("Cannon Industries Ltd");

    /// <summary>Sales account "Selangorian Limited" (same phone as customer 20000).</summary>
    public static readonly Guid SelangorianAccountId = AccountId("Selangorian Limited");

    /// <summary>Sales account "John Haddock Insurance Co." (exact name of customer 30000).</summary>
    public static readonly Guid JohnHaddockAccountId = AccountId("John Haddock Insurance Co.");

    /// <summary>Sales account "Deerfield Graphics", inactive (statecode 1).</summary>
    public static readonly Guid DeerfieldAccountId = AccountId("Deerfield Graphics");

    /// <summary>Sales sample account "Fourth Coffee (sample)".</summary>
    public static readonly Guid FourthCoffeeAccountId = AccountId("Fourth Coffee (sample)");

    /// <summary>Number of seeded accounts (10 samples + 5 near-matches).</summary>
    public const int AccountCount = 15;

    /// <summary>The system user that owns every seeded account.</summary>
    public static readonly Guid SandboxOwnerId = StableGuid.From("dataverse/systemuser/Sandbox Admin");

    /// <summary>The transaction currency GBP.</summary>
    public static readonly Guid GbpCurrencyId = StableGuid.From("dataverse/transactioncurrency/GBP");

    /// <summary>The transaction currency USD.</summary>
    public static readonly Guid UsdCurrencyId = StableGuid.From("dataverse/transactioncurrency/USD");

    /// <summary>The id of a seeded BC customer, from its company and number.</summary>
    public static Guid CustomerId(Guid companyId, string number) => StableGuid.From($"bc/customer/{companyId:D}/{number}");

    /// <summary>The id of a seeded Sales account, from its name.</summary>
    public static Guid AccountId(string name) => StableGuid.From($"dataverse/account/{name}");
}
