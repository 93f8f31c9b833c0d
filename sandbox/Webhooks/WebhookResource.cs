using System.Text.RegularExpressions;
using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Webhooks;

/// <summary>
/// The resource of a subscription, <c>/api/v2.0/companies({id})/{set}</c> (relative or absolute), checked against the
/// sets that support webhooks (customers, currencies, paymentTerms: BC's documented list; contacts and salespeople
/// do not) and the stored companies.
/// </summary>
public static partial class WebhookResource
{
    /// <summary>Sets that support webhooks.</summary>
    public static IReadOnlySet<string> Supported { get; } = new HashSet<string>(StringComparer.Ordinal) { "customers", "currencies", "paymentTerms" };

    /// <summary>The company and set a resource names; a 400 when unsupported or malformed, a 404 for an unknown company.</summary>
    public static (Guid CompanyId, BcEntitySet Set) Parse(string resource, StoreSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(snapshot);
        var match = Pattern().Match(resource);
        if (!match.Success || !Guid.TryParseExact(match.Groups["company"].Value, "D", out var companyId))
        {
            throw BcErrors.Bad($"The resource '{resource}' is not valid. Use '/api/v2.0/companies(<id>)/<entity set>'.");
        }

        var name = match.Groups["set"].Value;
        if (!Supported.Contains(name) || BcEntitySets.Find(name) is not { } set)
        {
            throw BcErrors.Bad($"The resource '{resource}' does not support webhook subscriptions.");
        }

        return snapshot.Table(BcSchema.CompaniesTable).ContainsKey(companyId) ? (companyId, set) : throw BcErrors.CompanyNotFound(companyId);
    }

    [GeneratedRegex(@"(^|/)api/v2\.0/companies\((?<company>[^)]*)\)/(?<set>[A-Za-z]+)/?$")]
    private static partial Regex Pattern();
}
