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

    /// <summary>
    /// Business Central contact &lt;-&gt; Sales contact. A Sales contact has no number and no website: an
    /// empty Business Central field is never compared, and the website's Sales side repeats the e-mail so
    /// the domain search stays valid.
    /// </summary>
    public static MatchProfile Contact { get; } = new(
        ("displayName", "fullname"),
        ("", ""),
        ("phoneNumber", "telephone1"),
        ("email", "emailaddress1"),
        ("", "emailaddress1"),
        ("city", "address1_city"),
        ("postalCode", "address1_postalcode"));

    /// <summary>Every Sales column the ranking reads.</summary>
    public IReadOnlyCollection<string> SalesFields =>
        [.. new[] { Name.Sales, Number.Sales, Phone.Sales, Email.Sales, Website.Sales, City.Sales, PostCode.Sales }.Where(f => f.Length > 0).Distinct(StringComparer.Ordinal)];
}
