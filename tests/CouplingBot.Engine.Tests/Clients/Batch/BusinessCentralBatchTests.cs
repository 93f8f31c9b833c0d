using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Tests.Resilience;
using static CouplingBot.Engine.Tests.Clients.Batch.CapturedRequest;

namespace CouplingBot.Engine.Tests.Clients.Batch;

/// <summary>Business Central's JSON $batch on the wire, through the real pipeline.</summary>
public sealed class BusinessCentralBatchTests
{
    private const string A = "5c6e1d3a-0000-4000-8000-00000000000a";
    private const string B = "5c6e1d3a-0000-4000-8000-00000000000b";
    private const string Customers = $"companies({PipelineHarness.CompanyId})/customers";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateMany_SendsAJsonBatch_WithIfMatchPerOperation_AndNoIsolation()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, Answer));

        await harness.BusinessCentral.UpdateManyAsync(CustomerMapping.Customers,
            [new RecordUpdate(A, "W/\"JzE5OzE7Jw==\"", new Dictionary<string, string?> { ["displayName"] = "Cannon", ["phoneNumber"] = null })], [], Ct);

        var batch = Assert.Single(requests);
        Assert.Equal("https://bc.test/v2.0/contoso/production/api/v2.0/$batch", batch.Url.AbsoluteUri);
        Assert.StartsWith("application/json", batch.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.False(batch.Headers.ContainsKey("Isolation"));
        Assert.Equal(
            "{\"requests\":[{\"id\":\"1\",\"method\":\"PATCH\",\"url\":\"" + Customers + "(" + A + ")\","
            + "\"headers\":{\"Content-Type\":\"application/json\",\"If-Match\":\"W/\\u0022JzE5OzE7Jw==\\u0022\"},"
            + "\"body\":{\"displayName\":\"Cannon\",\"phoneNumber\":\"\"}}]}",
            batch.Body);
    }

    [Fact]
    public async Task UpdateMany_ResponsesOutOfOrder_AreMatchedById_AndFailuresTyped()
    {
        await using var harness = PipelineHarness.Create(Recording(new(), _ => FakeServiceHandler.Json(HttpStatusCode.OK, new
        {
            responses = new object[]
            {
                new { id = "2", status = 409, headers = new { }, body = new { error = new { code = "Request_EntityChanged", message = "Another user has already changed the record." } } },
                new { id = "1", status = 200, headers = new { ETag = "W/\"2\"" }, body = Customer(A) },
            },
        })));

        var results = await harness.BusinessCentral.UpdateManyAsync(CustomerMapping.Customers, [Update(A), Update(B)], [], Ct);

        Assert.Equal(A, results[0].Record?.Id);
        var conflict = Assert.IsType<ConcurrencyConflictException>(results[1].Error);
        Assert.Equal("Request_EntityChanged", conflict.ErrorCode);
        Assert.Equal(B, results[1].Id);
    }

    [Fact]
    public async Task UpdateMany_250Records_AreBatchesOf100_100_50_WithinTheConcurrencyLimit()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        var handler = Recording(requests, Answer);
        await using var harness = PipelineHarness.Create(handler, new Dictionary<string, string?> { ["BusinessCentral:AttemptTimeout"] = "00:00:30" });
        var updates = Enumerable.Range(0, 250).Select(i => Update($"5c6e1d3a-0000-4000-8000-{i:D12}")).ToList();

        var results = await harness.BusinessCentral.UpdateManyAsync(CustomerMapping.Customers, updates, [], Ct);

        Assert.Equal([50, 100, 100], requests.Select(r => Operations(r).Count).Order());
        Assert.Equal(updates.Select(u => u.Id), results.Select(r => r.Record?.Id));
        Assert.True(handler.MaxInFlight <= 5);
    }

    [Fact]
    public async Task CreateMany_PostsToTheSet_AndReturnsTheAssignedKeys()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, Answer));

        var results = await harness.BusinessCentral.CreateManyAsync(CustomerMapping.Customers,
            [new RecordCreate(null, new Dictionary<string, string?> { ["displayName"] = "New" })], [], Ct);

        var operation = Assert.Single(Operations(Assert.Single(requests)));
        Assert.Equal("POST", (string?)operation["method"]);
        Assert.Equal(Customers, (string?)operation["url"]);
        Assert.Null(operation["headers"]!["If-Match"]);
        Assert.True(results[0].Succeeded);
        Assert.Null(results[0].Id);
        await Assert.ThrowsAsync<ArgumentException>(() => harness.BusinessCentral.CreateManyAsync(CustomerMapping.Customers,
            [new RecordCreate(A, new Dictionary<string, string?>())], [], Ct));
    }

    private static RecordUpdate Update(string id) => new(id, "W/\"1\"", new Dictionary<string, string?> { ["displayName"] = "x" });

    private static object Customer(string id) => new Dictionary<string, object>
    {
        ["@odata.etag"] = "W/\"2\"", ["id"] = id, ["lastModifiedDateTime"] = "2026-01-01T00:00:00Z", ["displayName"] = "x",
    };

    /// <summary>200 for every operation, with the customer its URL names (a new key for a POST).</summary>
    private static HttpResponseMessage Answer(CapturedRequest batch) => FakeServiceHandler.Json(HttpStatusCode.OK, new
    {
        responses = Operations(batch).Select(o => new
        {
            id = (string?)o["id"],
            status = (string?)o["method"] == "POST" ? 201 : 200,
            body = Customer(((string)o["url"]!).EndsWith(')') ? ((string)o["url"]!)[^37..^1] : Guid.NewGuid().ToString()),
        }).ToList(),
    });

    private static List<JsonNode> Operations(CapturedRequest batch) =>
        [.. JsonNode.Parse(batch.Body)!["requests"]!.AsArray().Select(n => n!)];
}
