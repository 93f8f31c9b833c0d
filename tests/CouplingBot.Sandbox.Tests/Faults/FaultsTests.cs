using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Faults;

public sealed class FaultsTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>, IAsyncLifetime
{
    private SandboxHost Host => fixture.Host;

    /// <summary>Posts a rule, asserts 201, returns the stored rule.</summary>
    public static async Task<JsonObject> AddFaultAsync(SandboxHost host, object rule)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var response = await host.Client.PostAsJsonAsync("_sandbox/faults", rule, TestContext.Current.CancellationToken);
        return await ReadAsync(response, 201);
    }

    public async ValueTask InitializeAsync() => await Host.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Status_WithCount_AnswersInServiceBodyThenPasses()
    {
        var rule = await AddFaultAsync(Host, new { service = "bc", method = "GET", pathContains = "/customers", status = 503, retryAfterSeconds = 7, count = 1 });

        using var faulted = await Host.SendAsync(HttpMethod.Get, UkCustomers);
        var retryAfter = faulted.Headers.RetryAfter?.Delta;
        var (code, message) = await ErrorAsync(faulted, 503);
        using var next = await Host.SendAsync(HttpMethod.Get, UkCustomers);
        var listed = await ListAsync();

        Assert.StartsWith("fault-", (string)rule["id"]!, StringComparison.Ordinal);
        Assert.Equal("Application_ServiceUnavailable", code);
        Assert.Contains("CorrelationId:", message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(7), retryAfter);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        var stored = Assert.Single(listed);
        Assert.Equal(1, (int)stored!["applied"]!);
        Assert.Equal(0, (int)stored["remaining"]!);
    }

    [Fact]
    public async Task Status_OtherServiceOrMethod_NotHit()
    {
        await AddFaultAsync(Host, new { service = "dataverse", method = "PATCH", status = 429, retryAfterSeconds = 3 });

        using var get = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts?$top=1");
        using var bc = await Host.SendAsync(HttpMethod.Patch, UkCustomers + $"({Guid.NewGuid()})", "{}", ("If-Match", "*"));
        using var patch = await Host.SendAsync(HttpMethod.Patch, $"{Dv}accounts({Guid.NewGuid()})", "{\"name\":\"x\"}");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, bc.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), patch.Headers.RetryAfter?.Delta);
        Assert.Equal("0x80072322", (await ErrorAsync(patch, 429)).Code);
    }

    [Fact]
    public async Task Latency_DelaysThenServes()
    {
        await AddFaultAsync(Host, new { latencyMs = 600 });
        var clock = Stopwatch.StartNew();

        var body = await Host.GetJsonAsync($"{Dv}accounts?$top=1");

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(550), $"took {clock.Elapsed}");
        Assert.Single(body["value"]!.AsArray());
    }

    [Fact]
    public async Task DropConnection_ClientGetsHttpRequestException()
    {
        // No count: HttpClient resends a request once when a reused connection closes before any answer.
        await AddFaultAsync(Host, new { service = "bc", dropConnection = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => Host.SendAsync(HttpMethod.Get, UkCustomers));
        using var clear = await Host.SendAsync(HttpMethod.Delete, "_sandbox/faults");
        using var after = await Host.SendAsync(HttpMethod.Get, UkCustomers);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Timeout_HangsUntilTheClientGivesUp()
    {
        await AddFaultAsync(Host, new { service = "dataverse", timeout = true, count = 1 });
        using var client = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromMilliseconds(800) };
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TaskCanceledException>(() => client.GetAsync($"{Dv}accounts", TestContext.Current.CancellationToken));
        var waited = clock.Elapsed;
        using var after = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts?$top=1");

        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.InRange(waited, TimeSpan.FromMilliseconds(750), TimeSpan.FromSeconds(5));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Fraction_WithSeed_HitsAShareRepeatably()
    {
        async Task<int[]> RunAsync()
        {
            await Host.ResetAsync();
            await AddFaultAsync(Host, new { service = "dataverse", status = 500, fraction = 0.5, seed = 42 });
            var statuses = new int[40];
            for (var i = 0; i < statuses.Length; i++)
            {
                using var response = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts?$top=1");
                statuses[i] = (int)response.StatusCode;
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.InRange(first.Count(s => s == 500), 10, 30);
        Assert.All(first, s => Assert.Contains(s, new[] { 200, 500 }));
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task BatchParts_AnswersTheMatchingPartOnly_AndLeavesWholeRequestsAlone()
    {
        var rule = await AddFaultAsync(Host, new { service = "bc", method = "PATCH", pathContains = SandboxSeed.DeerfieldCustomerId.ToString(), status = 400, batchParts = true });
        var customers = $"companies({SandboxSeed.CronusUkCompanyId})/customers";
        object Patch(string id, Guid customer) => new
        {
            id, method = "PATCH", url = $"{customers}({customer})", headers = new Dictionary<string, string> { ["If-Match"] = "*" }, body = new { city = "Partton" },
        };

        using var batch = await Host.SendAsync(HttpMethod.Post, Bc + "$batch", new { requests = new[] { Patch("a", SandboxSeed.CannonGroupCustomerId), Patch("b", SandboxSeed.DeerfieldCustomerId) } });
        var responses = (await ReadAsync(batch, 200))["responses"]!.AsArray();
        using var whole = await Host.SendAsync(HttpMethod.Patch, $"{UkCustomers}({SandboxSeed.DeerfieldCustomerId})", "{\"city\":\"Wholeton\"}", ("If-Match", "*"));

        Assert.Equal(200, (int)responses[0]!["status"]!);
        Assert.Equal(400, (int)responses[1]!["status"]!);
        Assert.Contains((string)rule["id"]!, responses[1]!["body"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("Partton", (string)(await Host.GetJsonAsync($"{UkCustomers}({SandboxSeed.CannonGroupCustomerId})"))["city"]!);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(1, (int)Assert.Single(await ListAsync())!["applied"]!);
    }

    [Theory]
    [InlineData("{\"status\":500,\"batchParts\":true,\"latencyMs\":5}")]
    [InlineData("{\"timeout\":true,\"batchParts\":true}")]
    [InlineData("{\"service\":\"erp\",\"status\":500}")]
    [InlineData("{\"status\":500,\"dropConnection\":true}")]
    [InlineData("{\"fraction\":1.5,\"status\":500}")]
    [InlineData("{\"count\":0,\"status\":500}")]
    [InlineData("{\"service\":\"bc\"}")]
    public async Task Post_InvalidRule_400(string rule)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, "_sandbox/faults", rule);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Delete_ClearsRules()
    {
        await AddFaultAsync(Host, new { status = 500 });

        using var delete = await Host.SendAsync(HttpMethod.Delete, "_sandbox/faults");
        using var after = await Host.SendAsync(HttpMethod.Get, UkCustomers);

        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Empty(await ListAsync());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    private async Task<JsonArray> ListAsync()
    {
        using var response = await Host.SendAsync(HttpMethod.Get, "_sandbox/faults");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsArray();
    }
}
