namespace CouplingBot.Benchmarks.Seeding;

/// <summary>One generated organisation: a Business Central customer and, when seeded as a pair, its Sales account.</summary>
/// <param name="Index">Its position in the generated set (0-based).</param>
/// <param name="Number">Its customer number, e.g. <c>B000001</c> (also the account number).</param>
/// <param name="Name">Company name.</param>
/// <param name="Phone">Phone number.</param>
/// <param name="Email">E-mail address.</param>
/// <param name="Website">Web site.</param>
/// <param name="Address">Street line.</param>
/// <param name="City">City.</param>
/// <param name="PostalCode">Post code.</param>
internal sealed record SeedCustomer(int Index, string Number, string Name, string Phone, string Email, string Website, string Address, string City, string PostalCode)
{
    /// <summary>The customer's id (SystemId), stable for the index.</summary>
    public Guid CustomerId => StableId(0xB0, Index);

    /// <summary>The account's id, stable for the index.</summary>
    public Guid AccountId => StableId(0xD0, Index);

    /// <summary>The customer as a Business Central API body.</summary>
    public object CustomerBody() => new
    {
        id = CustomerId, number = Number, displayName = Name, phoneNumber = Phone, email = Email, website = Website,
        addressLine1 = Address, city = City, postalCode = PostalCode, country = "GB",
    };

    /// <summary>The coupled account as a Dataverse API body, with the values the mapping gives it.</summary>
    public object AccountBody() => new
    {
        accountid = AccountId, name = Name, accountnumber = Number, telephone1 = Phone, emailaddress1 = Email, websiteurl = Website,
        address1_line1 = Address, address1_city = City, address1_postalcode = PostalCode, address1_country = "GB",
    };

    private static Guid StableId(byte kind, int index) => new(index, 0x4242, 0x4000, kind, 0, 0, 0, 0, 0, 0, 1);
}
