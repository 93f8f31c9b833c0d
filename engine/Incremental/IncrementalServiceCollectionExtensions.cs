using Azure.Data.Tables;
using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Hosting;

/// <summary>Registers incremental synchronization and its scheduler.</summary>
public static class IncrementalServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IncrementalSync"/>, the <c>SyncWatermarks</c> table and the hosted <see cref="IncrementalSyncScheduler"/>
    /// (section <c>IncrementalSync</c>; resolve the scheduler itself to call <see cref="IncrementalSyncScheduler.Wake"/>).
    /// Replace <see cref="IIncrementalSyncObserver"/> (registered with TryAdd) to hear of each scheduled run's new problems.
    /// Needs <see cref="EngineServiceCollectionExtensions.AddCouplingEngine"/>.
    /// </summary>
    public static IServiceCollection AddCouplingIncrementalSync(this IServiceCollection services)
    {
        services.AddOptions<IncrementalSyncOptions>().BindConfiguration(IncrementalSyncOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new WatermarkStore(
            sp.GetRequiredService<TableServiceClient>(),
            sp.GetRequiredService<IOptions<IncrementalSyncOptions>>().Value.WatermarksTable,
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.Scope));
        services.TryAddSingleton(sp => new IncrementalSync(
            sp.GetRequiredService<BusinessCentralClient>(), sp.GetRequiredService<DataverseClient>(), sp.GetRequiredService<ICouplingStore>(),
            sp.GetRequiredService<CouplingService>(), sp.GetRequiredService<WatermarkStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<IncrementalSync>>()));
        services.TryAddSingleton<IIncrementalSync>(sp => sp.GetRequiredService<IncrementalSync>());
        services.TryAddSingleton<IIncrementalSyncObserver, NoIncrementalSyncObserver>();
        services.TryAddSingleton<IncrementalSyncScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<IncrementalSyncScheduler>());
        return services;
    }
}
