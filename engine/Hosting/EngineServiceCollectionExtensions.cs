using Azure.Data.Tables;
using Azure.Identity;
using CouplingBot.Engine.Auth;
using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace CouplingBot.Engine.Hosting;

/// <summary>Registers the engine: options, both service clients, storage and the coupling service.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine, configured from the <c>BusinessCentral</c>, <c>Dataverse</c> and <c>Storage</c>
    /// sections; invalid settings stop start-up with a message naming them.
    /// </summary>
    public static IServiceCollection AddCouplingEngine(this IServiceCollection services)
    {
        services.AddOptions<BusinessCentralOptions>().BindConfiguration(BusinessCentralOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DataverseOptions>().BindConfiguration(DataverseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .Validate(o => !string.IsNullOrEmpty(o.ConnectionString) || o.TableServiceUri is not null, "Storage needs ConnectionString or TableServiceUri.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        AddServiceHttpClient<BusinessCentralOptions>(services, BusinessCentralClient.HttpClientName, o => (o.ApiBase, o.Credentials, BusinessCentralOptions.DefaultScope));
        AddServiceHttpClient<DataverseOptions>(services, DataverseClient.HttpClientName, o => (o.ApiBase, o.Credentials, o.Scope));
        services.AddSingleton<BusinessCentralClient>();
        services.AddSingleton<DataverseClient>();
        services.AddSingleton(sp => new ServiceClients(sp.GetRequiredService<BusinessCentralClient>(), sp.GetRequiredService<DataverseClient>()));

        services.AddSingleton(sp => CreateTableService(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<ICouplingStore, TableCouplingStore>();
        services.AddSingleton<CouplingService>();
        return services;
    }

    private static void AddServiceHttpClient<TOptions>(
        IServiceCollection services, string name, Func<TOptions, (Uri ApiBase, ServiceCredentialOptions Credentials, string Scope)> describe)
        where TOptions : class
    {
        services.AddHttpClient(name, (sp, http) => http.BaseAddress = describe(sp.GetRequiredService<IOptions<TOptions>>().Value).ApiBase)
            .AddHttpMessageHandler(sp =>
            {
                var (_, credentials, scope) = describe(sp.GetRequiredService<IOptions<TOptions>>().Value);
                return CredentialFactory.Create(credentials) is { } credential
                    ? new BearerTokenHandler(credential, scope)
                    : new PassThroughHandler();
            })
            .AddStandardResilienceHandler(o =>
            {
                // A write that may have been applied is never sent twice: a retried PATCH would fail
                // its own If-Match and look like someone else's change.
                o.Retry.DisableForUnsafeHttpMethods();
                o.Retry.MaxRetryAttempts = 3;
                o.Retry.Delay = TimeSpan.FromMilliseconds(200);
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
