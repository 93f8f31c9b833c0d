namespace CouplingBot.Engine.Matching;

/// <summary>Which fields on each side carry the name, number and contact points that matching compares.</summary>
public sealed record MatchProfile(
    (string BusinessCentral, string Sales) Name,
    (string BusinessCentral, string Sales) Number,
    (string BusinessCentral, string Sales) Phone,
    (string BusinessCentral, string Sales) Email,
    (string BusinessCentral, string Sales) Website,
    (string BusinessCentral, string Sales) City,
    (string BusinessCentral, string Sales) PostCode)
{
    /// <summary>Customer &lt;-&gt; account.</summary>
    public static MatchProfile Customer { get; } = new(
        ("displayName", "name"),
        ("number", "accountnumber"),
        ("phoneNumber", "telephone1"),
        ("email", "emailaddress1"),
        ("website", "websiteurl"),
        ("city", "address1_city"),
        ("postalCode", "address1_postalcode"));

    /// <summary>Every Sales column the ranking reads.</summary>
    public IReadOnlyCollection<string> SalesFields =>
        [Name.Sales, Number.Sales, Phone.Sales, Email.Sales, Website.Sales, City.Sales, PostCode.Sales];
}
