using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Batch;

public sealed class BcBatchTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private static readonly string Customers = $"companies({SandboxSeed.CronusUkCompanyId})/customers";

    private SandboxHost Host => fixture.Host;

    private async Task<JsonArray> PostAsync(object body, int expectedStatus = 200, params (string, string)[] headers)
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Bc + "$batch", body, headers);
        var json = await ReadAsync(response, expectedStatus);
        return json["responses"]!.AsArray();
    }

    private static object Create(string id, string name) =>
        new { id, method = "POST", url = Customers, headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" }, body = new { displayName = name } };

    [Fact]
    public async Task Batch_GetAndPatch_AnswersEachById()
    {
        var responses = await PostAsync(new
        {
            requests = new object[]
            {
                new { id = "get", method = "GET", url = $"{Customers}({SandboxSeed.CannonGroupCustomerId})?$select=displayName" },
                new
                {
                    id = "patch", method = "PATCH", url = $"/bc/v2.0/tenant1/production/api/v2.0/{Customers}({SandboxSeed.DeerfieldCustomerId})",
                    headers = new Dictionary<string, string> { ["If-Match"] = "*" }, body = new { city = "Batchton" },
                },
            },
        });

        Assert.Equal("get", (string)responses[0]!["id"]!);
        Assert.Equal(200, (int)responses[0]!["status"]!);
        Assert.Equal("The Cannon Group PLC", (string)responses[0]!["body"]!["displayName"]!);
        Assert.Equal(200, (int)responses[1]!["status"]!);
        Assert.NotNull(responses[1]!["headers"]!["etag"]);
        var customer = await Host.GetJsonAsync($"{UkCustomers}({SandboxSeed.DeerfieldCustomerId})");
        Assert.Equal("Batchton", (string)customer["city"]!);
    }

    [Fact]
    public async Task Batch_101Operations_400WithBcMessage()
    {
        var requests = Enumerable.Range(0, 101).Select(i => new { id = $"{i}", method = "GET", url = "companies" }).ToArray();

        using var response = await Host.SendAsync(HttpMethod.Post, Bc + "$batch", new { requests });
        var (_, message) = await ErrorAsync(response, 400);

        Assert.StartsWith("A maximum number of '100' query operations and change sets are allowed", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_IsolationSnapshotWithFailure_RollsBackAll()
    {
        var name = "Isolated " + Guid.NewGuid().ToString("N");
        var responses = await PostAsync(
            new
            {
                requests = new[]
                {
                    Create("1", name),
                    new { id = "2", method = "DELETE", url = $"{Customers}({Guid.NewGuid()})", headers = new Dictionary<string, string> { ["If-Match"] = "*" }, body = (object?)null },
                    Create("3", name + " later"),
                },
            },
            200,
            ("Isolation", "snapshot"));

        Assert.Equal([201, 404, 424], responses.Select(r => (int)r!["status"]!));
        var list = await Host.GetJsonAsync($"{UkCustomers}?$filter=startswith(displayName,'{name}')");
        Assert.Empty(list["value"]!.AsArray());
    }

    [Fact]
    public async Task Batch_WithoutIsolation_EachStandsAloneAndDependsOnFails()
    {
        var name = "Alone " + Guid.NewGuid().ToString("N");
        var responses = await PostAsync(new
        {
            requests = new object[]
            {
                Create("1", name),
                new { id = "2", method = "DELETE", url = $"{Customers}({Guid.NewGuid()})", headers = new Dictionary<string, string> { ["If-Match"] = "*" } },
                new { id = "3", method = "GET", url = "companies", dependsOn = new[] { "2" } },
                new { id = "4", method = "GET", url = "companies", dependsOn = new[] { "1" } },
            },
        });

        Assert.Equal([201, 404, 424, 200], responses.Select(r => (int)r!["status"]!));
        var list = await Host.GetJsonAsync($"{UkCustomers}?$filter=displayName eq '{name}'");
        Assert.Single(list["value"]!.AsArray());
    }
}
