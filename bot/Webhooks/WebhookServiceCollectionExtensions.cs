using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Webhooks;

/// <summary>Registers Business Central webhooks: the options (validated at start-up) and the subscription keeper.</summary>
public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Adds section <c>Webhooks</c> and the hosted <see cref="WebhookSubscriptionKeeper"/>. Needs the engine and
    /// incremental sync (the endpoint wakes it; the keeper subscribes for its mappings).
    /// </summary>
    public static IServiceCollection AddBusinessCentralWebhooks(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());
        services.AddHostedService<WebhookSubscriptionKeeper>();
        return services;
    }
}
