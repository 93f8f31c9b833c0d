namespace CouplingBot.Sandbox.Storage;

/// <summary>
/// Ids of the seeded contacts and setup records. Properties (not fields) so they never depend on the initialization
/// order of the partial class's files.
/// </summary>
public static partial class SandboxSeed
{
    /// <summary>Number of contacts seeded in CRONUS UK Ltd. (5 customer companies, 7 persons, 1 prospect company).</summary>
    public const int CronusUkContactCount = 13;

    /// <summary>Number of salespeople/purchasers seeded in each company.</summary>
    public const int SalespersonCount = 8;

    /// <summary>Number of seeded Sales contacts (8 samples, Andy Teal, Patricia Doyle).</summary>
    public const int DvContactCount = 10;

    /// <summary>Number of seeded system users.</summary>
    public const int SystemUserCount = 4;

    /// <summary>BC contact CT000001 "The Cannon Group PLC" (company, related to customer 10000).</summary>
    public static Guid CannonGroupBcContactId => BcContactId(StableGuid.From("bc/company/CRONUS UK Ltd."), "CT000001");

    /// <summary>BC contact CT000002 "Selangorian Ltd." (company, related to customer 20000).</summary>
    public static Guid SelangorianBcContactId => BcContactId(StableGuid.From("bc/company/CRONUS UK Ltd."), "CT000002");

    /// <summary>BC contact CT000006 "Mr. Andy Teal" (person of CT000001).</summary>
    public static Guid AndyTealBcContactId => BcContactId(StableGuid.From("bc/company/CRONUS UK Ltd."), "CT000006");

    /// <summary>BC contact CT000007 "Mr. Mark McArthur" (person of CT000002).</summary>
    public static Guid MarkMcArthurBcContactId => BcContactId(StableGuid.From("bc/company/CRONUS UK Ltd."), "CT000007");

    /// <summary>BC contact CT000008 "Miss Patricia Doyle" (person of CT000003, John Haddock).</summary>
    public static Guid PatriciaDoyleBcContactId => BcContactId(StableGuid.From("bc/company/CRONUS UK Ltd."), "CT000008");

    /// <summary>BC contact CT000013 "Alpine Ski House" (a prospect company with no customer).</summary>
    public static Guid ProspectBcContactId => BcContactId(StableGuid.From("bc/company/CRONUS UK Ltd."), "CT000013");

    /// <summary>BC salesperson JO Jim Olive (on customers 10000-50000).</summary>
    public static Guid JimOliveSalespersonId => SalespersonId("JO");

    /// <summary>BC currency EUR.</summary>
    public static Guid BcEurCurrencyId => BcCurrencyId("EUR");

    /// <summary>BC payment terms "30 DAYS" (on every seeded customer).</summary>
    public static Guid ThirtyDaysPaymentTermsId => PaymentTermsId("30 DAYS");

    /// <summary>The transaction currency EUR.</summary>
    public static Guid EurCurrencyId => StableGuid.From("dataverse/transactioncurrency/EUR");

    /// <summary>System user Jim Olive (same e-mail as BC salesperson JO).</summary>
    public static Guid JimOliveUserId => SystemUserId("Jim Olive");

    /// <summary>System user Ester Henderson (same e-mail as BC salesperson EH).</summary>
    public static Guid EsterHendersonUserId => SystemUserId("Ester Henderson");

    /// <summary>Sales contact "Andy Teal" under "Cannon Group" (near-match of BC CT000006: same e-mail).</summary>
    public static Guid AndyTealContactId => ContactId("Andy Teal");

    /// <summary>Sales sample contact "Susanna Stubberod (sample)" under "Litware, Inc. (sample)".</summary>
    public static Guid SusannaStubberodContactId => ContactId("Susanna Stubberod (sample)");

    /// <summary>Sales sample contact "Yvonne McKay (sample)", primary contact of "Fourth Coffee (sample)".</summary>
    public static Guid YvonneMcKayContactId => ContactId("Yvonne McKay (sample)");

    /// <summary>The id of a seeded Sales contact, from its full name.</summary>
    public static Guid ContactId(string fullName) => StableGuid.From($"dataverse/contact/{fullName}");

    /// <summary>The id of a seeded system user, from its full name ("Sandbox Admin" is <see cref="SandboxOwnerId"/>).</summary>
    public static Guid SystemUserId(string fullName) => StableGuid.From($"dataverse/systemuser/{fullName}");
}
