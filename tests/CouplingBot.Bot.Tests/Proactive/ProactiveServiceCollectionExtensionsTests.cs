using CouplingBot.Bot.Proactive;
using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Bot.Tests.Proactive;

public sealed class ProactiveServiceCollectionExtensionsTests
{
    [Fact]
    public void AddProactiveMessaging_AfterJobs_ReplacesTheSilentNotifier()
    {
        var services = new ServiceCollection();
        services.AddCouplingJobs();

        services.AddProactiveMessaging();

        var notifier = Assert.Single(services, d => d.ServiceType == typeof(IJobCompletionNotifier));
        Assert.Equal(typeof(JobCompletionNotifier), notifier.ImplementationType);
        Assert.Equal(ServiceLifetime.Singleton, notifier.Lifetime);
    }

    [Fact]
    public void AddProactiveMessaging_AfterJobsAndIncrementalSync_ReplacesTheSilentProgressNotifierAndSyncObserver()
    {
        var services = new ServiceCollection();
        services.AddCouplingJobs();
        services.AddCouplingIncrementalSync();

        services.AddProactiveMessaging();

        Assert.Equal(typeof(JobProgressNotifier), Assert.Single(services, d => d.ServiceType == typeof(IJobProgressNotifier)).ImplementationType);
        Assert.Equal(typeof(SyncProblemNotifier), Assert.Single(services, d => d.ServiceType == typeof(IIncrementalSyncObserver)).ImplementationType);
    }
}
