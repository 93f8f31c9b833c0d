using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using CouplingBot.Sandbox.Control;
using CouplingBot.Sandbox.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Reliability.Tests.Concurrency;

internal sealed partial class ProductStack
{
    private static string AccountsUrl => "dataverse/api/data/v9.2/accounts";

    private static string CustomersUrl => $"bc/v2.0/sandbox/production/api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/customers";

    /// <summary>
    /// Loads records at once through <c>POST /_sandbox/bulk</c> (Business Central customers, Sales accounts). A record whose
    /// id exists is updated as a PATCH without If-Match would (new version), at once: no fault rule or limit applies, so
    /// it stands for a person's edit at a chosen moment.
    /// </summary>
    public async Task BulkAsync(IEnumerable<object> customers, IEnumerable<object> accounts)
    {
        using var response = await Sandbox.PostAsJsonAsync("_sandbox/bulk",
            new { businessCentral = new { customers = customers.ToList() }, dataverse = new { accounts = accounts.ToList() } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A Business Central customer of CRONUS UK Ltd. as the sandbox holds it.</summary>
    public async Task<JsonElement> CustomerAsync(Guid id) => await Sandbox.GetFromJsonAsync<JsonElement>($"{CustomersUrl}({id})");

    /// <summary>A Sales account as the sandbox holds it.</summary>
    public async Task<JsonElement> AccountAsync(Guid id) => await Sandbox.GetFromJsonAsync<JsonElement>($"{AccountsUrl}({id})");

    /// <summary>
    /// Makes every single-record PATCH to either service wait <paramref name="latency"/> before it is handled, If-Match
    /// checked after the wait (sandbox fault rules): a write stays in flight a while after its read.
    /// </summary>
    public async Task SlowWritesAsync(TimeSpan latency)
    {
        foreach (var service in new[] { "bc", "dataverse" })
        {
            using var response = await Sandbox.PostAsJsonAsync("_sandbox/faults", new { service, method = "PATCH", latencyMs = (int)latency.TotalMilliseconds });
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Slows every <c>$batch</c> request to both services down by <paramref name="latency"/> (batched reads and writes of jobs).</summary>
    public async Task SlowBatchesAsync(TimeSpan latency)
    {
        using var response = await Sandbox.PostAsJsonAsync("_sandbox/faults", new { method = "POST", pathContains = "$batch", latencyMs = (int)latency.TotalMilliseconds });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Removes every fault rule.</summary>
    public async Task ClearFaultsAsync() => (await Sandbox.DeleteAsync("_sandbox/faults")).EnsureSuccessStatusCode();

    /// <summary>
    /// What reached the sandbox for a service, e.g. ("dataverse", "PATCH"), oldest first: the running sandbox's journal after
    /// those of the sandboxes stopped since the last <see cref="ClearJournal"/>, so requests finished while a sandbox
    /// stopped are there too.
    /// </summary>
    public IReadOnlyList<JournalEntry> Journal(string service, string method) =>
    [
        .. _stoppedJournals.Where(e => string.Equals(e.Service, service, StringComparison.OrdinalIgnoreCase) && string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase)),
        .. SandboxApp?.Services.GetRequiredService<RequestJournal>().List(service, method) ?? [],
    ];

    /// <summary>Forgets every journal entry.</summary>
    public void ClearJournal()
    {
        _stoppedJournals.Clear();
        SandboxApp?.Services.GetRequiredService<RequestJournal>().Clear();
    }

    /// <summary>
    /// Counts the couplings table's rows and those without their counterpart row (orphans); only the rows of
    /// <paramref name="records"/> (Business Central or Sales ids) when given, so a test counts its own couplings whatever
    /// ran before it.
    /// </summary>
    public async Task<CouplingRowCount> CountCouplingRowsAsync(IEnumerable<Guid>? records = null)
    {
        var scope = records?.Select(r => r.ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var forward = new Dictionary<string, string>(StringComparer.Ordinal);
        var reverse = new Dictionary<string, string>(StringComparer.Ordinal);
        var table = Couplings;
        await table.CreateIfNotExistsAsync();
        await foreach (var row in table.QueryAsync<TableEntity>())
        {
            var businessCentralId = row.GetString("BusinessCentralId") ?? "";
            var salesId = row.RowKey.StartsWith("sales|", StringComparison.Ordinal) ? row.RowKey["sales|".Length..] : row.GetString("SalesId") ?? "";
            if (scope is not null && !scope.Contains(businessCentralId) && !scope.Contains(salesId))
            {
                continue;
            }

            if (row.RowKey.StartsWith("bc|", StringComparison.Ordinal))
            {
                forward[businessCentralId] = salesId;
            }
            else if (row.RowKey.StartsWith("sales|", StringComparison.Ordinal))
            {
                reverse[salesId] = businessCentralId;
            }
        }

        var orphans = forward.Count(f => !reverse.TryGetValue(f.Value, out var back) || back != f.Key)
            + reverse.Count(r => !forward.TryGetValue(r.Value, out var salesId) || salesId != r.Key);
        return new CouplingRowCount(forward.Count, reverse.Count, orphans);
    }
}

/// <summary>The couplings table's rows: forward (by Business Central id), reverse (by Sales id), and rows whose counterpart is missing or points elsewhere.</summary>
internal sealed record CouplingRowCount(int Forward, int Reverse, int Orphans);
