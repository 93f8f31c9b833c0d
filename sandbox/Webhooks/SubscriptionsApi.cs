using System.Text.Json;
using System.Text.RegularExpressions;
using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CouplingBot.Sandbox.Webhooks;

/// <summary>
/// BC's <c>subscriptions</c> entity set under the API root (not under a company): GET list and one, POST (handshake,
/// then 201), PATCH (renewal: handshake, new expiration; If-Match required) and DELETE (If-Match required). Keys are
/// 32 hex digits, written <c>subscriptions('id')</c> or <c>subscriptions(id)</c>.
/// </summary>
public sealed partial class SubscriptionsApi(SubscriptionStore store, WebhookHandshake handshake, SandboxData data, TimeProvider time, IOptions<SandboxOptions> options)
{
    /// <summary>Entity set name.</summary>
    public const string EntitySet = "subscriptions";

    private WebhookOptions Options => options.Value.Webhooks;

    /// <summary>True when an API-relative path names the set (id null) or one subscription.</summary>
    public static bool TryParsePath(string path, out string? id)
    {
        var match = SegmentPattern().Match(path ?? string.Empty);
        id = match.Success && match.Groups["id"].Success ? match.Groups["id"].Value : null;
        return match.Success;
    }

    /// <summary>Handles one request; route value <c>id</c> holds the key (absent or empty for the set).</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        try
        {
            var id = (context.GetRouteValue("id") as string)?.Trim('\'') is { Length: > 0 } key ? key : null;
            var method = context.Request.Method;
            var work = id switch
            {
                null when HttpMethods.IsGet(method) => SubscriptionJson.WriteListAsync(context, store.All, cancellationToken),
                null when HttpMethods.IsPost(method) => CreateAsync(context, cancellationToken),
                not null when HttpMethods.IsGet(method) => SubscriptionJson.WriteAsync(context, 200, Find(id), cancellationToken),
                not null when HttpMethods.IsPatch(method) => RenewAsync(context, Find(id), cancellationToken),
                not null when HttpMethods.IsDelete(method) => DeleteAsync(context, Find(id), cancellationToken),
                _ => throw BcErrors.MethodNotAllowed(method),
            };
            await work.ConfigureAwait(false);
        }
        catch (ApiException error)
        {
            await BcErrors.WriteAsync(context, error, cancellationToken).ConfigureAwait(false);
        }
    }

    private Subscription Find(string id) => store.Find(id) ?? throw BcErrors.RecordNotFound("subscription");

    private async Task CreateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var body = await ODataHttp.ReadObjectAsync(context.Request, BcErrors.BadRequest, cancellationToken).ConfigureAwait(false);
        var url = NotificationUrl(Text(body, "notificationUrl") ?? throw BcErrors.Bad("The notificationUrl is required."));
        var resource = Text(body, "resource") ?? throw BcErrors.Bad("The resource is required.");
        var snapshot = data.BusinessCentral.Current;
        var (companyId, set) = WebhookResource.Parse(resource, snapshot);
        await HandshakeAsync(url, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var subscription = new Subscription(
            Guid.NewGuid().ToString("N"), url, resource, companyId, set.Name, set.Table(companyId), Text(body, "clientState") ?? string.Empty,
            now, now, now + Options.SubscriptionLifetime, snapshot.LastVersion, 1);
        store.Put(subscription);
        await SubscriptionJson.WriteAsync(context, 201, subscription, cancellationToken).ConfigureAwait(false);
    }

    private async Task RenewAsync(HttpContext context, Subscription current, CancellationToken cancellationToken)
    {
        CheckIfMatch(context.Request, current);
        var body = await ODataHttp.ReadObjectAsync(context.Request, BcErrors.BadRequest, cancellationToken).ConfigureAwait(false);
        var url = Text(body, "notificationUrl") is { } given ? NotificationUrl(given) : current.NotificationUrl;
        await HandshakeAsync(url, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var renewed = current with
        {
            NotificationUrl = url,
            ClientState = Text(body, "clientState") ?? current.ClientState,
            Modified = now,
            Expiration = now + Options.SubscriptionLifetime,
            Revision = current.Revision + 1,
        };
        if (!store.TryUpdate(current, renewed))
        {
            throw BcErrors.EntityChanged();
        }

        await SubscriptionJson.WriteAsync(context, 200, renewed, cancellationToken).ConfigureAwait(false);
    }

    private Task DeleteAsync(HttpContext context, Subscription current, CancellationToken cancellationToken)
    {
        CheckIfMatch(context.Request, current);
        store.Remove(current.Id);
        return ODataHttp.WriteAsync(context, 204, null, cancellationToken);
    }

    private static void CheckIfMatch(HttpRequest request, Subscription current)
    {
        var tags = ODataHttp.EntityTags(request, "If-Match");
        if (tags.Count == 0)
        {
            throw BcErrors.MissingIfMatch();
        }

        if (!tags.Any(t => t == "*" || ODataHttp.SameTag(t, current.ETag)))
        {
            throw BcErrors.EntityChanged();
        }
    }

    private async Task HandshakeAsync(Uri url, CancellationToken cancellationToken)
    {
        if (!await handshake.ValidateAsync(url, Options.HandshakeTimeout, cancellationToken).ConfigureAwait(false))
        {
            throw BcErrors.Bad($"The subscription could not be validated: '{url}' did not answer the handshake with status 200 and the validationToken as its body.");
        }
    }

    private static Uri NotificationUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw BcErrors.Bad($"The notificationUrl '{text}' is not an absolute http(s) URL.");

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    [GeneratedRegex(@"^subscriptions(\((?<id>'?[0-9A-Za-z-]*'?)\))?/?$")]
    private static partial Regex SegmentPattern();
}
