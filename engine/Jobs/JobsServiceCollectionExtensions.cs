using CouplingBot.Engine.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Hosting;

/// <summary>Registers jobs: the queue, the job tables, undo and the worker.</summary>
public static class JobsServiceCollectionExtensions
{
    /// <summary>
    /// Adds jobs (section <c>Jobs</c>) on the storage of <see cref="EngineServiceCollectionExtensions.AddCouplingEngine"/>,
    /// which must be added too. Runs a <see cref="JobWorker"/> in this host unless <c>Jobs:RunWorker</c> is false.
    /// Replace <see cref="IJobCompletionNotifier"/> (registered with TryAdd) to hear of finished jobs, and
    /// <see cref="IJobProgressNotifier"/> to hear of running ones.
    /// </summary>
    public static IServiceCollection AddCouplingJobs(this IServiceCollection services)
    {
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics().TryAddSingleton<EngineTelemetry>();
        services.TryAddSingleton<IJobCompletionNotifier, NoJobCompletionNotifier>();
        services.TryAddSingleton<IJobProgressNotifier, NoJobProgressNotifier>();
        services.TryAddSingleton<IJobItemProcessor, CouplingJobItemProcessor>();
        services.AddSingleton<JobStore>();
        services.AddSingleton<SyncHistoryStore>();
        services.AddSingleton<SyncUndo>();
        services.AddSingleton<JobMessages>();
        services.AddSingleton<IJobQueue, StorageJobQueue>();
        services.AddTransient<JobRunner>();
        services.AddHostedService(sp => new JobWorker(
            sp.GetRequiredService<JobRunner>(), sp.GetRequiredService<JobMessages>(), sp.GetRequiredService<IOptions<JobOptions>>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<JobWorker>>()));
        return services;
    }
}
