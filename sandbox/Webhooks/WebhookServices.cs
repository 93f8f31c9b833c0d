using CouplingBot.Sandbox.Batch;
using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Dataverse;
using CouplingBot.Sandbox.Protection;

namespace CouplingBot.Sandbox.Webhooks;

/// <summary>Registration of the webhook, subscription and <c>$batch</c> services and routes.</summary>
public static class WebhookServices
{
    /// <summary>Adds subscriptions, the handshake, the background dispatcher and both batch handlers.</summary>
    public static IServiceCollection AddSandboxWebhooksAndBatch(this IServiceCollection services)
    {
        services.AddHttpClient(WebhookHandshake.ClientName);
        services.AddSingleton<SubscriptionStore>();
        services.AddSingleton<WebhookHandshake>();
        services.AddSingleton<SubscriptionsApi>();
        services.AddHostedService<WebhookDispatcher>();
        services.AddSingleton<DvBatchHandler>();
        services.AddSingleton<BcBatchHandler>();
        return services;
    }

    /// <summary>
    /// Maps <c>subscriptions</c> and both <c>$batch</c> routes; the batch routes carry <see cref="BatchEndpointMetadata"/>
    /// so service protection counts a batch as one request.
    /// </summary>
    public static void MapSandboxWebhooksAndBatch(this IEndpointRouteBuilder app)
    {
        const string BcRoot = "/bc/v2.0/{tenant}/{environment}/api/v2.0/";
        app.Map(BcRoot + SubscriptionsApi.EntitySet, (HttpContext context, SubscriptionsApi api) => api.HandleAsync(context));
        app.Map(BcRoot + SubscriptionsApi.EntitySet + "({id})", (HttpContext context, SubscriptionsApi api) => api.HandleAsync(context));
        app.MapPost(BcRoot + "$batch", (HttpContext context, BcBatchHandler batch) => batch.HandleAsync(context))
            .WithMetadata(new BatchEndpointMetadata());
        app.MapPost(DvApi.BasePath + "$batch", (HttpContext context, DvBatchHandler batch) => batch.HandleAsync(context))
            .WithMetadata(new BatchEndpointMetadata());
    }
}
