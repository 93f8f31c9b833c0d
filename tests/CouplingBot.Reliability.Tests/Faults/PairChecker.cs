using System.Text.Json;

namespace CouplingBot.Reliability.Tests.Faults;

/// <summary>
/// Compares both sides record by record after a job: each seeded pair's mapped fields (the customer mapping's field
/// names on each side; the seeded values need no translation), accounts that should not exist, and Business Central
/// changes that did not reach Sales.
/// </summary>
internal static class PairChecker
{
    /// <summary>Business Central field -&gt; Sales column of the fields the seeded pairs hold (all mapped by CUSTOMER).</summary>
    private static readonly (string BusinessCentral, string Sales)[] Fields =
    [
        ("number", "accountnumber"), ("displayName", "name"), ("phoneNumber", "telephone1"), ("email", "emailaddress1"),
        ("website", "websiteurl"), ("addressLine1", "address1_line1"), ("city", "address1_city"), ("postalCode", "address1_postalcode"),
    ];

    /// <summary>
    /// Checks <paramref name="pairs"/> against the records as they are now; <paramref name="failed"/> are the numbers the
    /// job log names as failed, <paramref name="accountsBefore"/> how many accounts existed before the job.
    /// </summary>
    public static PairCheck Check(
        IReadOnlyList<FaultPair> pairs, IReadOnlyList<JsonElement> customers, IReadOnlyList<JsonElement> accounts, int accountsBefore, IReadOnlySet<string> failed)
    {
        var customersById = customers.ToDictionary(c => Text(c, "id")!, StringComparer.OrdinalIgnoreCase);
        var accountsById = accounts.ToDictionary(a => Text(a, "accountid")!, StringComparer.OrdinalIgnoreCase);
        var seededAccounts = pairs.Select(p => p.AccountId.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);

        // Duplicates: any account beyond the ones that existed, and any second account with a seeded number.
        var extraAccounts = Math.Max(0, accounts.Count - accountsBefore);
        var sameNumber = accounts.Where(a => Text(a, "accountnumber") is { } n && n.StartsWith(FaultPair.NumberPrefix, StringComparison.Ordinal))
            .Count(a => !seededAccounts.Contains(Text(a, "accountid")!));

        var diverged = new List<string>();
        var notArrived = new List<string>();
        foreach (var pair in pairs)
        {
            var customer = customersById[pair.CustomerId.ToString()];
            if (!accountsById.TryGetValue(pair.AccountId.ToString(), out var account))
            {
                diverged.Add(pair.Number);
                notArrived.Add(pair.Number);
                continue;
            }

            if (Fields.Any(f => !string.Equals(Text(customer, f.BusinessCentral) ?? "", Text(account, f.Sales) ?? "", StringComparison.Ordinal)))
            {
                diverged.Add(pair.Number);
            }

            if (Text(account, "name") != pair.ChangedName || Text(account, "telephone1") != pair.ChangedPhone)
            {
                notArrived.Add(pair.Number);
            }
        }

        return new PairCheck(
            pairs.Count, diverged, notArrived, [.. notArrived.Where(n => !failed.Contains(n))], Math.Max(extraAccounts, sameNumber),
            [.. pairs.Where(p => Text(customersById[p.CustomerId.ToString()], "displayName") != p.ChangedName).Select(p => p.Number)]);
    }

    private static string? Text(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>What <see cref="PairChecker"/> found.</summary>
/// <param name="Pairs">Pairs checked.</param>
/// <param name="Diverged">Numbers of pairs whose mapped fields differ.</param>
/// <param name="NotArrived">Numbers of pairs whose Business Central change is not in Sales.</param>
/// <param name="Lost">Of <paramref name="NotArrived"/>, those the job log does not name as failed: lost updates.</param>
/// <param name="Duplicates">Accounts created beyond the seeded ones.</param>
/// <param name="NotChanged">Numbers of customers that do not hold the change (the seeding itself went wrong).</param>
internal sealed record PairCheck(
    int Pairs, IReadOnlyList<string> Diverged, IReadOnlyList<string> NotArrived, IReadOnlyList<string> Lost, int Duplicates, IReadOnlyList<string> NotChanged)
{
    /// <summary>Pairs whose mapped fields are equal.</summary>
    public int Converged => Pairs - Diverged.Count;
}
