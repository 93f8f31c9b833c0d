using System.Net.Http.Json;
using System.Text.Json;

namespace CouplingBot.Benchmarks.Harness;

/// <summary>
/// The benchmark's view of one sandbox: its control endpoints and a paged read of the Sales accounts (through the API,
/// so under limits it waits out the sandbox's 429s).
/// </summary>
internal sealed class SandboxClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>The sandbox's root address.</summary>
    public Uri BaseAddress { get; } = baseAddress;

    /// <summary>The request budgets the sandbox enforces; null when its service protection is off.</summary>
    public ServiceBudgets? Budgets { get; init; }

    /// <summary>Back to the seed; also clears statistics and limit windows.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken) =>
        (await _http.PostAsync("_sandbox/reset", null, cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>Writes records through <c>POST /_sandbox/bulk</c>.</summary>
    public async Task BulkAsync(object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync("_sandbox/bulk", body, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Bulk load failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>Forgets the request statistics.</summary>
    public async Task ClearStatsAsync(CancellationToken cancellationToken) =>
        (await _http.DeleteAsync("_sandbox/stats", cancellationToken)).EnsureSuccessStatusCode();

    /// <summary>The requests each service answered since the statistics were cleared.</summary>
    public async Task<RequestCounts> StatsAsync(CancellationToken cancellationToken)
    {
        var stats = await _http.GetFromJsonAsync<JsonElement>("_sandbox/stats", cancellationToken);
        var services = stats.GetProperty("services");
        return new RequestCounts(Read(services, "bc"), Read(services, "dataverse"));

        static ServiceCount Read(JsonElement services, string name) =>
            services.TryGetProperty(name, out var s)
                ? new ServiceCount(s.GetProperty("requests").GetInt32(), s.GetProperty("tooManyRequests").GetInt32())
                : new ServiceCount(0, 0);
    }

    /// <summary>
    /// The Sales accounts the benchmark made or seeded (account number starting with <paramref name="prefix"/>): number
    /// -&gt; "name|phone|e-mail". Read after the measured run, so it is not in its counts.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> AccountsAsync(string prefix, CancellationToken cancellationToken)
    {
        var accounts = new Dictionary<string, string>(StringComparer.Ordinal);
        string? url = "dataverse/api/data/v9.2/accounts?$select=accountnumber,name,telephone1,emailaddress1";
        while (url is not null)
        {
            using var response = await GetPageAsync(url, cancellationToken);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            foreach (var account in page.GetProperty("value").EnumerateArray())
            {
                if (Text(account, "accountnumber") is { } number && number.StartsWith(prefix, StringComparison.Ordinal))
                {
                    accounts[number] = $"{Text(account, "name")}|{Text(account, "telephone1")}|{Text(account, "emailaddress1")}";
                }
            }

            url = page.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }

        return accounts;

        static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <summary>One page of accounts; a sandbox enforcing limits may refuse it (429), then it is asked again when it says.</summary>
    private async Task<HttpResponseMessage> GetPageAsync(string url, CancellationToken cancellationToken)
    {
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Prefer", "odata.maxpagesize=5000");
            var response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode != System.Net.HttpStatusCode.TooManyRequests)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
            response.Dispose();
            await Task.Delay(wait, cancellationToken);
        }
    }
}

/// <summary>Requests one service answered, and how many of them were 429.</summary>
internal sealed record ServiceCount(int Requests, int TooManyRequests);

/// <summary>Both services' counts over one run.</summary>
internal sealed record RequestCounts(ServiceCount BusinessCentral, ServiceCount Dataverse)
{
    /// <summary>Requests to both services.</summary>
    public int Total => BusinessCentral.Requests + Dataverse.Requests;

    /// <summary>429s from both services.</summary>
    public int TooManyRequests => BusinessCentral.TooManyRequests + Dataverse.TooManyRequests;
}
