using CouplingBot.Engine.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CouplingBot.Bot.Proactive;

/// <summary>Registers proactive messaging: conversation references and the job completion notifier.</summary>
public static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// Adds the conversation reference table (<c>Storage:ConversationReferencesTable</c>) on the engine's
    /// table service, the <see cref="ConversationReferenceTracker"/> the turn handler tells of every
    /// activity, and <see cref="JobCompletionNotifier"/> in place of the engine's silent default. Needs
    /// the engine, jobs and the connector client. Replace <see cref="IJobEndMessages"/> for other messages.
    /// </summary>
    public static IServiceCollection AddProactiveMessaging(this IServiceCollection services)
    {
        services.AddOptions<ConversationReferenceOptions>().BindConfiguration(ConversationReferenceOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
        services.TryAddSingleton<ConversationReferenceTracker>();
        services.TryAddSingleton<IJobEndMessages, JobEndMessages>();
        services.Replace(ServiceDescriptor.Singleton<IJobCompletionNotifier, JobCompletionNotifier>());
        return services;
    }
}
