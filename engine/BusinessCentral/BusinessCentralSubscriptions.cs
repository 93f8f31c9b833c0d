using System.Globalization;
using System.Text.Json;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Records;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.BusinessCentral;

/// <summary>
/// Business Central's webhook subscriptions (<c>api/v2.0/subscriptions</c>): create, renew, delete, list.
/// Creating and renewing make Business Central call <c>notificationUrl?validationToken=...</c> first, which
/// must answer 200 with the token; receiving notifications is the bot's job. Only some entity sets send
/// notifications (customers and currencies do; contacts and salespeople do not).
/// </summary>
public sealed class BusinessCentralSubscriptions
{
    private const string Path = "subscriptions";
    private readonly ODataTransport _transport;
    private readonly BusinessCentralClient _records;

    /// <summary>Creates the client over the Business Central HTTP client; company paths come from <paramref name="records"/>.</summary>
    public BusinessCentralSubscriptions(IHttpClientFactory httpClients, BusinessCentralClient records, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(time);
        _records = records;
        _transport = new ODataTransport(() => httpClients.CreateClient(BusinessCentralClient.HttpClientName), Side.BusinessCentral,
            r => r.Headers.Add("Accept", "application/json"), time);
    }

    /// <summary>Subscribes <paramref name="notificationUrl"/> to changes of an entity set of the configured company.</summary>
    public async Task<BusinessCentralSubscription> CreateAsync(Uri notificationUrl, EntitySet set, string? clientState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notificationUrl);
        ArgumentNullException.ThrowIfNull(set);
        var resource = await ResourceOfAsync(set, cancellationToken).ConfigureAwait(false);
        return await SendAsync(HttpMethod.Post, Path, Body(notificationUrl, resource, clientState), null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The <c>resource</c> a subscription to an entity set of the configured company names, <c>/api/v2.0/companies({id})/{set}</c>.</summary>
    public async Task<string> ResourceOfAsync(EntitySet set, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(set);
        return "/api/v2.0/" + await _records.PathOfAsync(set, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Renews a subscription for another three days (PATCH with <c>If-Match</c>).</summary>
    /// <exception cref="ConcurrencyConflictException">The subscription changed since it was read.</exception>
    public Task<BusinessCentralSubscription> RenewAsync(BusinessCentralSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return SendAsync(HttpMethod.Patch, One(subscription.Id),
            Body(subscription.NotificationUrl, subscription.Resource, subscription.ClientState), subscription.ETag, cancellationToken);
    }

    /// <summary>Deletes a subscription if it still has <paramref name="etag"/> (<c>*</c> for any version).</summary>
    public async Task DeleteAsync(string id, string etag, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        using var _ = await _transport.SendAsync(HttpMethod.Delete, One(id), null, r => r.Headers.TryAddWithoutValidation("If-Match", etag),
            notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every subscription of the tenant's environment.</summary>
    public async Task<IReadOnlyList<BusinessCentralSubscription>> ListAsync(CancellationToken cancellationToken)
    {
        using var document = await _transport.SendAsync(HttpMethod.Get, Path, null, null, notFoundIsNull: false, cancellationToken).ConfigureAwait(false);
        return document is null ? [] : [.. document.RootElement.GetProperty("value").EnumerateArray().Select(Read)];
    }

    private static string One(string id) => $"{Path}('{Uri.EscapeDataString(id.Replace("'", "''", StringComparison.Ordinal))}')";

    private static Dictionary<string, string?> Body(Uri notificationUrl, string resource, string? clientState) => new(StringComparer.Ordinal)
    {
        ["notificationUrl"] = notificationUrl.AbsoluteUri,
        ["resource"] = resource,
        ["clientState"] = clientState,
    };

    private async Task<BusinessCentralSubscription> SendAsync(
        HttpMethod method, string url, object body, string? etag, CancellationToken cancellationToken)
    {
        using var document = await _transport.SendAsync(method, url, body, etag is null ? null : r => r.Headers.TryAddWithoutValidation("If-Match", etag),
            notFoundIsNull: false, cancellationToken).ConfigureAwait(false)
            ?? throw new ServiceRequestException(Side.BusinessCentral, null, null, "Business Central answered a subscription request with no body.");
        return Read(document.RootElement);
    }

    private static BusinessCentralSubscription Read(JsonElement subscription) => new(
        Text(subscription, "subscriptionId") ?? throw new JsonException("A subscription has no subscriptionId."),
        new Uri(Text(subscription, "notificationUrl") ?? throw new JsonException("A subscription has no notificationUrl.")),
        Text(subscription, "resource") ?? "",
        Text(subscription, "clientState") is { Length: > 0 } state ? state : null,
        Text(subscription, "expirationDateTime") is { } expires ? DateTimeOffset.Parse(expires, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null,
        Text(subscription, "@odata.etag") ?? "*");

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
