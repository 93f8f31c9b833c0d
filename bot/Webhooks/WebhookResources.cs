using System.Text.RegularExpressions;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Bot.Webhooks;

/// <summary>
/// Which Business Central entity sets send webhook notifications, and which set a subscription's or a
/// notification's resource names. Of our mappings' sets only customers and currencies notify; contacts and
/// salespeople (<c>salespeoplePurchasers</c>) do not, so their mappings rely on the scheduled incremental sync.
/// </summary>
public static partial class WebhookResources
{
    private static readonly HashSet<string> Notifying = new(StringComparer.Ordinal) { CustomerMapping.Customers.Name, CurrencyMapping.Currencies.Name };

    /// <summary>True when Business Central accepts a webhook subscription to <paramref name="set"/>.</summary>
    public static bool Notifies(EntitySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Notifying.Contains(set.Name);
    }

    /// <summary>
    /// The entity set a resource names, e.g. <c>customers</c> for <c>/api/v2.0/companies(c)/customers</c>,
    /// <c>api/v2.0/companies(c)/customers(id)</c> or <c>.../customers?$filter=...</c>; null when it names none.
    /// </summary>
    public static string? SetOf(string? resource) =>
        resource is not null && SetPattern().Match(resource) is { Success: true } match ? match.Groups["set"].Value : null;

    /// <summary>A resource in the form used to compare two of them: one leading slash, no trailing one.</summary>
    public static string Normalize(string resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return "/" + resource.Trim().Trim('/');
    }

    [GeneratedRegex(@"companies\([^)]*\)/(?<set>[A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex SetPattern();
}
