using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Jobs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CouplingBot.Bot.Proactive;

/// <summary>Registers proactive messaging: conversation references, job progress and completion, scheduled-sync problems.</summary>
public static class ProactiveServiceCollectionExtensions
{
    /// <summary>
    /// Adds the conversation reference table (<c>Storage:ConversationReferencesTable</c>) on the engine's
    /// table service, the <see cref="ConversationReferenceTracker"/> the turn handler tells of every
    /// activity, and in place of the engine's silent defaults <see cref="JobCompletionNotifier"/>,
    /// <see cref="JobProgressNotifier"/> and <see cref="SyncProblemNotifier"/> (section <c>Notifications</c>). Needs
    /// the engine, jobs and the connector client; call it after the engine's registrations. Replace <see cref="IJobEndMessages"/> for other messages.
    /// </summary>
    public static IServiceCollection AddProactiveMessaging(this IServiceCollection services)
    {
        services.AddOptions<ConversationReferenceOptions>().BindConfiguration(ConversationReferenceOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
        services.TryAddSingleton<ConversationReferenceTracker>();
        services.TryAddSingleton<ICouplerDirectory, TableCouplerDirectory>();
        services.TryAddSingleton<IJobEndMessages, JobEndMessages>();
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.SectionName);
        services.Replace(ServiceDescriptor.Singleton<IJobCompletionNotifier, JobCompletionNotifier>());
        services.Replace(ServiceDescriptor.Singleton<IJobProgressNotifier, JobProgressNotifier>());
        services.Replace(ServiceDescriptor.Singleton<IIncrementalSyncObserver, SyncProblemNotifier>());
        return services;
    }
}
