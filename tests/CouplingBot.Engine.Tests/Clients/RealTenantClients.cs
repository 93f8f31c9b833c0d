using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>
/// The engine's clients against real tenants, built by <c>AddCouplingEngine</c> from environment variables;
/// each service is present only when its variables are set:
/// <list type="bullet">
/// <item>Business Central: <c>COUPLINGBOT_TEST_BC_TENANT</c>, <c>_CLIENT_ID</c>, <c>_CLIENT_SECRET</c> or
/// <c>_CERTIFICATE_PATH</c> (+ <c>_CERTIFICATE_PASSWORD</c>), <c>_ENVIRONMENT</c> (default <c>sandbox</c>),
/// <c>_COMPANY</c> (name; default CRONUS UK Ltd.), optional <c>_API_URL</c>;</item>
/// <item>Dataverse: <c>COUPLINGBOT_TEST_DATAVERSE_URL</c>, <c>_TENANT</c>, <c>_CLIENT_ID</c>, <c>_CLIENT_SECRET</c>
/// or <c>_CERTIFICATE_PATH</c> (+ <c>_CERTIFICATE_PASSWORD</c>).</item>
/// </list>
/// </summary>
public sealed class RealTenantClients : IAsyncDisposable
{
    private const string Bc = "COUPLINGBOT_TEST_BC_";
    private const string Dv = "COUPLINGBOT_TEST_DATAVERSE_";
    private readonly ServiceProvider _services;

    public RealTenantClients()
    {
        BusinessCentralSkipReason = Missing(Bc, "TENANT", "CLIENT_ID");
        DataverseSkipReason = Missing(Dv, "URL", "TENANT", "CLIENT_ID");
        var settings = new Dictionary<string, string?>
        {
            ["BusinessCentral:ApiUrl"] = Env(Bc + "API_URL") ?? "https://api.businesscentral.dynamics.com/v2.0/",
            ["BusinessCentral:Tenant"] = Env(Bc + "TENANT") ?? "not-configured",
            ["BusinessCentral:Environment"] = Env(Bc + "ENVIRONMENT") ?? "sandbox",
            ["BusinessCentral:CompanyName"] = Env(Bc + "COMPANY") ?? "CRONUS UK Ltd.",
            ["BusinessCentral:PageSize"] = "2",
            ["Dataverse:Url"] = Env(Dv + "URL") ?? "https://not-configured.invalid/",
            ["Dataverse:PageSize"] = "2",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        };
        AddCredentials(settings, "BusinessCentral", Bc, BusinessCentralSkipReason is null);
        AddCredentials(settings, "Dataverse", Dv, DataverseSkipReason is null);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddCouplingEngine().BuildServiceProvider();
    }

    /// <summary>Why the Business Central tests are skipped, or null when a tenant is configured.</summary>
    public string? BusinessCentralSkipReason { get; }

    /// <summary>Why the Dataverse tests are skipped, or null when an environment is configured.</summary>
    public string? DataverseSkipReason { get; }

    public BusinessCentralClient? BusinessCentral => BusinessCentralSkipReason is null ? _services.GetRequiredService<BusinessCentralClient>() : null;

    public DataverseClient? Dataverse => DataverseSkipReason is null ? _services.GetRequiredService<DataverseClient>() : null;

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static void AddCredentials(Dictionary<string, string?> settings, string section, string prefix, bool configured)
    {
        if (!configured)
        {
            return;
        }

        settings[$"{section}:Credentials:TenantId"] = Env(prefix + "TENANT");
        settings[$"{section}:Credentials:ClientId"] = Env(prefix + "CLIENT_ID");
        settings[$"{section}:Credentials:ClientSecret"] = Env(prefix + "CLIENT_SECRET");
        settings[$"{section}:Credentials:CertificatePath"] = Env(prefix + "CERTIFICATE_PATH");
        settings[$"{section}:Credentials:CertificatePassword"] = Env(prefix + "CERTIFICATE_PASSWORD");
    }

    private static string? Missing(string prefix, params string[] names)
    {
        var missing = names.Select(n => prefix + n).Where(n => Env(n) is null).ToList();
        if (Env(prefix + "CLIENT_SECRET") is null && Env(prefix + "CERTIFICATE_PATH") is null)
        {
            missing.Add($"{prefix}CLIENT_SECRET or {prefix}CERTIFICATE_PATH");
        }

        return missing.Count == 0 ? null : $"No real tenant configured: set {string.Join(", ", missing)} to run this contract against one.";
    }

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
