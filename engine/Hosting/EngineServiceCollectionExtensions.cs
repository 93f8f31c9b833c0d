using Azure.Data.Tables;
using Azure.Identity;
using CouplingBot.Engine.Auth;
using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Storage;
using CouplingBot.Engine.Sync;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Hosting;

/// <summary>Registers the engine: options, both service clients, storage and the coupling service.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine, configured from the <c>BusinessCentral</c>, <c>Dataverse</c>, <c>Storage</c>, <c>Mappings</c> and
    /// <c>Sync</c> (<see cref="SyncStrategyOptions"/>) sections; invalid settings stop start-up with a message naming them.
    /// </summary>
    public static IServiceCollection AddCouplingEngine(this IServiceCollection services)
    {
        services.AddOptions<BusinessCentralOptions>().BindConfiguration(BusinessCentralOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DataverseOptions>().BindConfiguration(DataverseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .Validate(o => !string.IsNullOrEmpty(o.ConnectionString) || o.TableServiceUri is not null, "Storage needs ConnectionString or TableServiceUri.")
            .ValidateOnStart();
        services.AddOptions<MappingOptions>().BindConfiguration(MappingOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MappingOptions>, MappingOptionsValidator>());
        services.TryAddSingleton(sp => MappingCatalog.FromOptions(sp.GetRequiredService<IOptions<MappingOptions>>().Value));
        services.AddOptions<SyncStrategyOptions>().BindConfiguration(SyncStrategyOptions.SectionName).ValidateOnStart();
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SyncStrategyOptions>>().Value);

        services.TryAddSingleton(TimeProvider.System);
        AddServiceHttpClient<BusinessCentralOptions>(services, BusinessCentralClient.HttpClientName);
        AddServiceHttpClient<DataverseOptions>(services, DataverseClient.HttpClientName);
        services.AddSingleton<BusinessCentralClient>();
        services.AddSingleton<DataverseClient>();
        services.AddSingleton<BusinessCentralSubscriptions>();
        services.AddSingleton(sp => new ServiceClients(sp.GetRequiredService<BusinessCentralClient>(), sp.GetRequiredService<DataverseClient>()));

        services.AddSingleton(sp => CreateTableService(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<ICouplingStore, TableCouplingStore>();
        services.AddSingleton<CouplingService>();
        return services;
    }

    /// <summary>
    /// The named client for one service: resilience outermost (retry, concurrency limiter, pacer, attempt
    /// timeout; see <see cref="ServicePipeline"/>), then the bearer token, so every attempt carries a
    /// current token. HttpClient's own timeout is off: the pipeline owns time, and a client-wide
    /// timeout would cut off a retry that is waiting out <c>Retry-After</c>.
    /// </summary>
    private static void AddServiceHttpClient<TOptions>(IServiceCollection services, string name)
        where TOptions : ServiceClientOptions
    {
        services.AddSingleton<ServiceCredential<TOptions>>();
        var client = services.AddHttpClient(name, (sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<IOptions<TOptions>>().Value.ApiBase;
            http.Timeout = Timeout.InfiniteTimeSpan;
        });
        client.AddResilienceHandler("service", (builder, context) => ServicePipeline.Configure(
            builder,
            context.ServiceProvider.GetRequiredService<IOptions<TOptions>>().Value,
            context.ServiceProvider.GetRequiredService<TimeProvider>(),
            context.OnPipelineDisposed));
        client.AddHttpMessageHandler(sp =>
        {
            var signIn = sp.GetRequiredService<ServiceCredential<TOptions>>();
            return signIn.Credential is { } credential ? new BearerTokenHandler(credential, signIn.Scope) : new PassThroughHandler();
        });
    }

    private static TableServiceClient CreateTableService(StorageOptions options)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(200);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        return string.IsNullOrEmpty(options.ConnectionString)
            ? new TableServiceClient(options.TableServiceUri, new DefaultAzureCredential(), clientOptions)
            : new TableServiceClient(options.ConnectionString, clientOptions);
    }

    /// <summary>Stands in for the token handler where a service needs no sign-in (the sandbox).</summary>
    private sealed class PassThroughHandler : DelegatingHandler;
}
