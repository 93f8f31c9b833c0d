using System.Globalization;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.OData;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace CouplingBot.Sandbox.Webhooks;

/// <summary>The JSON of subscriptions (BC's documented properties, with <c>@odata.context</c> and <c>@odata.etag</c>).</summary>
public static class SubscriptionJson
{
    /// <summary>One subscription as JSON.</summary>
    public static JsonObject Entity(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new JsonObject
        {
            ["@odata.etag"] = subscription.ETag,
            ["subscriptionId"] = subscription.Id,
            ["notificationUrl"] = subscription.NotificationUrl.ToString(),
            ["resource"] = subscription.Resource,
            ["timestamp"] = subscription.Revision,
            ["userId"] = Guid.Empty.ToString("D"),
            ["lastModifiedDateTime"] = Time(subscription.Modified),
            ["clientState"] = subscription.ClientState,
            ["expirationDateTime"] = Time(subscription.Expiration),
            ["systemCreatedAt"] = Time(subscription.Created),
            ["systemCreatedBy"] = Guid.Empty.ToString("D"),
            ["systemModifiedAt"] = Time(subscription.Modified),
            ["systemModifiedBy"] = Guid.Empty.ToString("D"),
        };
    }

    /// <summary>A UTC time as BC writes it, e.g. <c>2026-03-01T09:00:00Z</c>.</summary>
    public static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes one subscription with its ETag.</summary>
    public static Task WriteAsync(HttpContext context, int status, Subscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(subscription);
        var body = Entity(subscription);
        body.Insert(0, "@odata.context", Context(context) + "/$entity");
        context.Response.Headers.ETag = subscription.ETag;
        return ODataHttp.WriteAsync(context, status, body, cancellationToken);
    }

    /// <summary>Writes the list.</summary>
    public static Task WriteListAsync(HttpContext context, IEnumerable<Subscription> subscriptions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var body = new JsonObject
        {
            ["@odata.context"] = Context(context),
            ["value"] = new JsonArray(subscriptions.Select(s => (JsonNode)Entity(s)).ToArray()),
        };
        return ODataHttp.WriteAsync(context, 200, body, cancellationToken);
    }

    private static string Context(HttpContext context)
    {
        var values = context.Request.RouteValues;
        var path = $"/bc/v2.0/{values["tenant"]}/{values["environment"]}/api/v2.0/$metadata#subscriptions";
        return UriHelper.BuildAbsolute(context.Request.Scheme, context.Request.Host, context.Request.PathBase, path);
    }
}
