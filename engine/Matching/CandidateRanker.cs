using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Matching;

/// <summary>
/// Ranks Sales records by how likely each is the same organisation as a Business Central record.
/// Pure: it scores records it is handed; <see cref="PoolFilter"/> says which records to fetch.
/// </summary>
/// <remarks>
/// Points (capped at 100): same number 40; same name 40, or the same apart from legal form 35, or a
/// similar name up to 25; same phone 20; same e-mail or web domain 15; same city 10; same post
/// code 10. Records below <see cref="MinimumScore"/> are not candidates.
/// </remarks>
public static class CandidateRanker
{
    /// <summary>The lowest score worth showing.</summary>
    public const int MinimumScore = 10;

    /// <summary>How many candidates are offered at most.</summary>
    public const int MaximumCandidates = 5;

    /// <summary>The candidates, best first, at most <paramref name="maximum"/>.</summary>
    public static IReadOnlyList<AccountCandidate> Rank(
        MatchProfile profile, EntityRecord record, IEnumerable<EntityRecord> salesRecords, int maximum = MaximumCandidates)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(record);
        return [.. salesRecords
            .Select(s => Score(profile, record, s))
            .Where(c => c.Score >= MinimumScore)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Record[profile.Name.Sales], StringComparer.OrdinalIgnoreCase)
            .Take(maximum)];
    }

    /// <summary>One Sales record's score and reasons.</summary>
    public static AccountCandidate Score(MatchProfile profile, EntityRecord record, EntityRecord sales)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(sales);
        var reasons = new List<string>();
        var score = 0;
        void Add(int points, string reason)
        {
            score += points;
            reasons.Add(reason);
        }

        if (Same(record[profile.Number.BusinessCentral], sales[profile.Number.Sales], s => s.Trim()))
        {
            Add(40, "same number");
        }

        var (name, salesName) = (record[profile.Name.BusinessCentral], sales[profile.Name.Sales]);
        var nameSimilarity = NameSimilarity.Similarity(name, salesName);
        if (Same(name, salesName, s => s.Trim().ToUpperInvariant()))
        {
            Add(40, "same name");
        }
        else if (nameSimilarity >= 1)
        {
            Add(35, "same name apart from legal form");
        }
        else if (nameSimilarity >= 0.5)
        {
            Add((int)Math.Round(25 * nameSimilarity), "similar name");
        }

        if (Same(record[profile.Phone.BusinessCentral], sales[profile.Phone.Sales], ContactPoints.Phone))
        {
            Add(20, "same phone");
        }

        var domains = new[] { ContactPoints.Domain(record[profile.Email.BusinessCentral]), ContactPoints.Domain(record[profile.Website.BusinessCentral]) };
        var salesDomains = new[] { ContactPoints.Domain(sales[profile.Email.Sales]), ContactPoints.Domain(sales[profile.Website.Sales]) };
        if (domains.Any(d => d is not null && salesDomains.Contains(d)))
        {
            Add(15, "same e-mail or web domain");
        }

        if (Same(record[profile.City.BusinessCentral], sales[profile.City.Sales], ContactPoints.Compact))
        {
            Add(10, "same city");
        }

        if (Same(record[profile.PostCode.BusinessCentral], sales[profile.PostCode.Sales], ContactPoints.Compact))
        {
            Add(10, "same post code");
        }

        return new AccountCandidate(sales, Math.Min(100, score), reasons);
    }

    /// <summary>
    /// A Sales <c>$filter</c> that fetches every record that could score: the name's significant
    /// words, the number, the city, the post code and the domains. Phone numbers are compared only
    /// among these, since the services cannot search by a normalised phone.
    /// </summary>
    public static string? PoolFilter(MatchProfile profile, EntityRecord record)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(record);
        var terms = new List<string>();
        terms.AddRange(NameSimilarity.SignificantWords(record[profile.Name.BusinessCentral])
            .Where(w => w.Length >= 3)
            .OrderByDescending(w => w.Length)
            .Take(2)
            .Select(w => ODataFilter.Contains(profile.Name.Sales, w)));
        AddEqual(terms, profile.Number.Sales, record[profile.Number.BusinessCentral]);
        AddEqual(terms, profile.City.Sales, record[profile.City.BusinessCentral]);
        AddEqual(terms, profile.PostCode.Sales, record[profile.PostCode.BusinessCentral]);
        foreach (var domain in new[] { record[profile.Email.BusinessCentral], record[profile.Website.BusinessCentral] }
                     .Select(ContactPoints.Domain).OfType<string>().Distinct())
        {
            terms.Add(ODataFilter.Contains(profile.Email.Sales, domain));
            terms.Add(ODataFilter.Contains(profile.Website.Sales, domain));
        }

        return terms.Count == 0 ? null : ODataFilter.AnyOf(terms.Distinct());
    }

    private static void AddEqual(List<string> terms, string field, string? value)
    {
        if (value is not null)
        {
            terms.Add(ODataFilter.Equal(field, value.Trim()));
        }
    }

    private static bool Same(string? left, string? right, Func<string, string?> normalize) =>
        left is not null && right is not null && normalize(left) is { } l && l.Length > 0 && l == normalize(right);
}
