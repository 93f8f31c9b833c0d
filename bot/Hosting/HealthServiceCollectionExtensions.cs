using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Dataverse;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Hosting;

/// <summary>
/// Health endpoints: <c>/health/live</c> (the process answers; never checks anything),
/// <c>/health/ready</c> (storage, Business Central and Dataverse, as JSON) and <c>/health</c> (as live).
/// Storage failing makes the bot Unhealthy (503): without it nothing works. A service API failing makes
/// it Degraded (still 200): every instance shares the services, so taking one out of rotation would not
/// help, and the bot still answers with what to do.
/// </summary>
public static class HealthServiceCollectionExtensions
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Adds the checks (section <c>Health</c>).</summary>
    public static IServiceCollection AddCouplingHealthChecks(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName)
            .Validate(o => o.CacheDuration >= TimeSpan.Zero && o.Timeout > TimeSpan.Zero, "Health:CacheDuration must not be negative and Health:Timeout must be positive.")
            .ValidateOnStart();
        services.AddSingleton<HealthStorageCheck>();
        services.AddKeyedSingleton("BusinessCentral", (sp, _) => ServiceApiCheck(sp, "Business Central", BusinessCentralClient.HttpClientName, "companies?$top=1&$select=id"));
        services.AddKeyedSingleton("Dataverse", (sp, _) => ServiceApiCheck(sp, "Dataverse", DataverseClient.HttpClientName, "accounts?$top=1&$select=accountid"));
        services.AddHealthChecks()
            .AddCheck<HealthStorageCheck>("storage", HealthStatus.Unhealthy, [ReadyTag])
            .Add(new HealthCheckRegistration("businessCentral", sp => sp.GetRequiredKeyedService<HealthServiceApiCheck>("BusinessCentral"), HealthStatus.Degraded, [ReadyTag]))
            .Add(new HealthCheckRegistration("dataverse", sp => sp.GetRequiredKeyedService<HealthServiceApiCheck>("Dataverse"), HealthStatus.Degraded, [ReadyTag]));
        return services;
    }

    /// <summary>Maps <c>/health</c>, <c>/health/live</c> and <c>/health/ready</c> (anonymous: they reveal no internals).</summary>
    public static IEndpointRouteBuilder MapCouplingHealth(this IEndpointRouteBuilder endpoints)
    {
        var live = new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync };
        endpoints.MapHealthChecks("/health", live);
        endpoints.MapHealthChecks("/health/live", live);
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
        });
        return endpoints;
    }

    private static HealthServiceApiCheck ServiceApiCheck(IServiceProvider services, string name, string clientName, string probePath) => new(
        name,
        clientName,
        probePath,
        services.GetRequiredService<IHttpClientFactory>(),
        services.GetRequiredService<IOptions<HealthOptions>>(),
        services.GetRequiredService<TimeProvider>(),
        services.GetRequiredService<ILoggerFactory>().CreateLogger<HealthServiceApiCheck>());
}
