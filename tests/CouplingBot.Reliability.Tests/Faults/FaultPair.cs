using System.Globalization;

namespace CouplingBot.Reliability.Tests.Faults;

/// <summary>
/// One seeded organisation of the faults test: a Business Central customer and its coupled Sales account, with
/// deterministic ids and values (the same every run), and the change made in Business Central before the job.
/// </summary>
/// <param name="Index">Its position in the seeded set (0-based).</param>
internal sealed record FaultPair(int Index)
{
    /// <summary>The prefix of every seeded number, so the checker tells seeded accounts from the sandbox's own.</summary>
    public const string NumberPrefix = "FLT";

    /// <summary>The customer number, also the account number, e.g. <c>FLT00001</c>.</summary>
    public string Number => NumberPrefix + (Index + 1).ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The name both sides start with.</summary>
    public string Name => $"Faulty Trading {Index + 1:D5} Ltd";

    /// <summary>The phone both sides start with.</summary>
    public string Phone => $"+44 20 7946 {Index:D4}";

    /// <summary>The name Business Central gets before the job.</summary>
    public string ChangedName => Name + " (renamed)";

    /// <summary>The phone Business Central gets before the job.</summary>
    public string ChangedPhone => $"+44 161 496 {Index:D4}";

    /// <summary>The customer's id (SystemId).</summary>
    public Guid CustomerId => new(Index, 0x7a11, 0x4000, 0xB0, 0, 0, 0, 0, 0, 0, 2);

    /// <summary>The account's id.</summary>
    public Guid AccountId => new(Index, 0x7a11, 0x4000, 0xD0, 0, 0, 0, 0, 0, 0, 2);

    /// <summary>The seeded pairs 0..<paramref name="count"/>-1.</summary>
    public static IReadOnlyList<FaultPair> Generate(int count) => [.. Enumerable.Range(0, count).Select(i => new FaultPair(i))];

    /// <summary>The customer as a Business Central API body.</summary>
    public object CustomerBody() => new
    {
        id = CustomerId, number = Number, displayName = Name, phoneNumber = Phone, email = Email, website = Website,
        addressLine1 = Street, city = "Leeds", postalCode = PostCode, country = "GB",
    };

    /// <summary>The coupled account as a Dataverse API body, holding what the mapping gives the customer's values.</summary>
    public object AccountBody() => new
    {
        accountid = AccountId, name = Name, accountnumber = Number, telephone1 = Phone, emailaddress1 = Email, websiteurl = Website,
        address1_line1 = Street, address1_city = "Leeds", address1_postalcode = PostCode, address1_country = "GB",
    };

    /// <summary>The Business Central change made before the job (name and phone).</summary>
    public object ChangeBody() => new { id = CustomerId, displayName = ChangedName, phoneNumber = ChangedPhone };

    private string Email => $"orders{Index + 1}@faulty.example";

    private string Website => $"www.faulty{Index + 1}.example";

    private string Street => $"{Index % 300 + 1} Park Row";

    private string PostCode => $"LS{Index % 27 + 1} {Index % 9 + 1}AB";
}
