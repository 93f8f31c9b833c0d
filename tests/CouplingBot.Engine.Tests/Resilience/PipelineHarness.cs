using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Engine.Tests.Resilience;

/// <summary>
/// Both clients built by <c>AddCouplingEngine</c>, as the bot builds them, with a fake service as the
/// primary handler under the real resilience pipeline. Retries are fast (10 ms base delay) and an
/// attempt times out after 500 ms unless a test says otherwise.
/// </summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    public const string CompanyId = "5c6e1d3a-0000-4000-8000-000000000001";

    private readonly ServiceProvider _services;

    private PipelineHarness(ServiceProvider services) => _services = services;

    public BusinessCentralClient BusinessCentral => _services.GetRequiredService<BusinessCentralClient>();

    public DataverseClient Dataverse => _services.GetRequiredService<DataverseClient>();

    public BusinessCentralSubscriptions Subscriptions => _services.GetRequiredService<BusinessCentralSubscriptions>();

    /// <summary>Builds the engine with <paramref name="handler"/> behind both services; settings override the defaults.</summary>
    public static PipelineHarness Create(FakeServiceHandler handler, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["BusinessCentral:ApiUrl"] = "https://bc.test/v2.0/",
            ["BusinessCentral:Tenant"] = "contoso",
            ["BusinessCentral:CompanyId"] = CompanyId,
            ["Dataverse:Url"] = "https://dv.test/",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        };
        foreach (var section in new[] { "BusinessCentral", "Dataverse" })
        {
            values[$"{section}:MaxRetries"] = "3";
            values[$"{section}:BaseRetryDelay"] = "00:00:00.010";
            values[$"{section}:MaxRetryDelay"] = "00:00:05";
            values[$"{section}:AttemptTimeout"] = "00:00:00.500";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddLogging()
            .AddCouplingEngine();
        services.AddHttpClient(BusinessCentralClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        services.AddHttpClient(DataverseClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        return new PipelineHarness(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
