using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Testing;
using CouplingBot.Testing.Azurite;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>/health/live and /health/ready against real Azurite and the sandbox, up and down.</summary>
public sealed class HealthTests(StackFixture fixture) : IClassFixture<StackFixture>
{
    [Fact]
    public async Task Ready_EverythingUp_IsHealthyWithEachCheck()
    {
        using var response = await fixture.Stack.Bot.GetAsync("health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        foreach (var check in new[] { "storage", "businessCentral", "dataverse" })
        {
            Assert.Equal("Healthy", body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Ready_AskedRepeatedly_ReadsOneRecordFromEachServiceOnceIn30Seconds()
    {
        await using var stack = await LocalStack.StartAsync("--Jobs:RunWorker=false", "--IncrementalSync:Enabled=false");

        for (var i = 0; i < 4; i++)
        {
            (await stack.Bot.GetAsync("health/ready", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        Assert.Single(await ProbesAsync(stack, "bc"));
        Assert.Single(await ProbesAsync(stack, "dataverse"));
    }

    [Fact]
    public async Task Ready_DataverseDown_IsDegradedButStillServes()
    {
        var deadPort = FreePort.Next();
        await using var stack = await LocalStack.StartAsync($"--Dataverse:Url=http://127.0.0.1:{deadPort}/dataverse/", "--Dataverse:MaxRetries=0");

        using var response = await stack.Bot.GetAsync("health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.Equal("Degraded", body.GetProperty("checks").GetProperty("dataverse").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(deadPort.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ready_StorageDown_Is503WhileLiveStays200()
    {
        var deadPort = FreePort.Next();
        var deadStorage = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AzuriteServer.AccountKey};TableEndpoint=http://127.0.0.1:{deadPort}/devstoreaccount1;";
        await using var stack = await LocalStack.StartAsync($"--Storage:ConnectionString={deadStorage}", "--Jobs:RunWorker=false", "--IncrementalSync:Enabled=false");

        using var ready = await stack.Bot.GetAsync("health/ready", TestContext.Current.CancellationToken);
        using var live = await stack.Bot.GetAsync("health/live", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ready.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    // The health checks' reads: one record ($top=1) of companies or accounts.
    private static async Task<IReadOnlyList<JsonElement>> ProbesAsync(LocalStack stack, string service) =>
        [.. (await stack.JournalAsync(service, "GET")).Where(e => Uri.UnescapeDataString(e.GetProperty("pathAndQuery").GetString()!).Contains("$top=1", StringComparison.Ordinal))];
}
