using CouplingBot.Bot.Proactive;
using CouplingBot.Engine.Hosting;
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
}
