using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Reliability.Tests.Faults;

/// <summary>
/// The faults test's view of the sandbox: its control endpoints (bulk load, fault rules, statistics) and full reads of
/// both sides through the APIs, made with the faults cleared so the checker sees the stored truth.
/// </summary>
internal sealed class SandboxControl(Uri baseAddress) : IDisposable
{
    private const string Customers = "bc/v2.0/sandbox/production/api/v2.0/companies({0})/customers?$select=id,number,displayName,phoneNumber,email,website,addressLine1,city,postalCode";
    private const string Accounts =
        "dataverse/api/data/v9.2/accounts?$select=accountid,accountnumber,name,telephone1,emailaddress1,websiteurl,address1_line1,address1_city,address1_postalcode";

    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>Writes records through <c>POST /_sandbox/bulk</c> (never faulted, counted or limited).</summary>
    public async Task BulkAsync(object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("_sandbox/bulk", body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Bulk load failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>Adds a fault rule (<c>POST /_sandbox/faults</c>).</summary>
    public async Task AddFaultAsync(object rule, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("_sandbox/faults", rule, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Fault rule refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>How often each fault rule was applied, in posting order.</summary>
    public async Task<IReadOnlyList<int>> FaultsAppliedAsync(CancellationToken cancellationToken)
    {
        var rules = await _http.GetFromJsonAsync<JsonElement>("_sandbox/faults", cancellationToken);
        var list = rules.ValueKind == JsonValueKind.Array ? rules : rules.GetProperty("rules");
        return [.. list.EnumerateArray().Select(r => r.GetProperty("applied").GetInt32())];
    }

    /// <summary>Removes every fault rule.</summary>
    public async Task ClearFaultsAsync(CancellationToken cancellationToken) =>
        (await _http.DeleteAsync("_sandbox/faults", cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>Forgets the request statistics.</summary>
    public async Task ClearStatsAsync(CancellationToken cancellationToken) =>
        (await _http.DeleteAsync("_sandbox/stats", cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>Both services' statistics since they were cleared, summed.</summary>
    public async Task<SandboxCounts> StatsAsync(CancellationToken cancellationToken)
    {
        var stats = await _http.GetFromJsonAsync<JsonElement>("_sandbox/stats", cancellationToken);
        var services = stats.GetProperty("services").EnumerateObject().Select(s => s.Value).ToList();
        return new SandboxCounts(Sum(services, "requests"), Sum(services, "faultsInjected"), Sum(services, "tooManyRequests"), Sum(services, "serviceUnavailable"));

        static int Sum(List<JsonElement> services, string name) =>
            services.Sum(s => s.TryGetProperty(name, out var value) ? value.GetInt32() : 0);
    }

    /// <summary>Every Business Central customer of CRONUS UK Ltd.</summary>
    public Task<IReadOnlyList<JsonElement>> CustomersAsync(CancellationToken cancellationToken) =>
        ReadAllAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Customers, SandboxSeed.CronusUkCompanyId), cancellationToken);

    /// <summary>Every Sales account.</summary>
    public Task<IReadOnlyList<JsonElement>> AccountsAsync(CancellationToken cancellationToken) => ReadAllAsync(Accounts, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private async Task<IReadOnlyList<JsonElement>> ReadAllAsync(string url, CancellationToken cancellationToken)
    {
        var records = new List<JsonElement>();
        for (string? next = url; next is not null;)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.TryAddWithoutValidation("Prefer", "odata.maxpagesize=5000");
            using var response = await _http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            records.AddRange(page.GetProperty("value").EnumerateArray());
            next = page.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return records;
    }
}

/// <summary>What the sandbox counted over both services.</summary>
/// <param name="Requests">API requests answered (faulted ones included).</param>
/// <param name="FaultsInjected">Requests a fault rule hit.</param>
/// <param name="TooManyRequests">429 answers.</param>
/// <param name="ServiceUnavailable">503 answers.</param>
internal sealed record SandboxCounts(int Requests, int FaultsInjected, int TooManyRequests, int ServiceUnavailable);
