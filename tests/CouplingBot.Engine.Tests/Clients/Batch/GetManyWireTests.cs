using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Tests.Resilience;
using static CouplingBot.Engine.Tests.Clients.Batch.CapturedRequest;
using static CouplingBot.Engine.Tests.Clients.Batch.DataverseBatchAnswers;

namespace CouplingBot.Engine.Tests.Clients.Batch;

/// <summary>Batched reads (<see cref="IBatchRecordClient.GetManyAsync"/>) on the wire of both services, through the real pipeline.</summary>
public sealed class GetManyWireTests
{
    private const string A = "5c6e1d3a-0000-4000-8000-00000000000a";
    private const string B = "5c6e1d3a-0000-4000-8000-00000000000b";
    private const string C = "5c6e1d3a-0000-4000-8000-00000000000c";
    private const string Customers = $"companies({PipelineHarness.CompanyId})/customers";

    private const string AccountMissing =
        "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{\"error\":{\"code\":\"0x80040217\",\"message\":\"account With Id = c Does Not Exist\"}}";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dataverse_GetMany_SendsBodilessGetParts_InChunksOfTheBatchSize_AndAMissingRecordIsNull()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, r => Answer(r, id => id == C ? AccountMissing : Ok)),
            new Dictionary<string, string?> { ["Dataverse:BatchSize"] = "2" });

        var results = await harness.Dataverse.GetManyAsync(CustomerMapping.Accounts, [A, B, C], ["name"], Ct);

        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("https://dv.test/api/data/v9.2/$batch", r.Url.AbsoluteUri));
        var first = requests.Single(r => PartIds(r).Contains(A));
        Assert.Equal([A, B], PartIds(first));
        Assert.Contains($"\r\n\r\nGET https://dv.test/api/data/v9.2/accounts({A})?$select=accountid,modifiedon,name HTTP/1.1\r\n\r\n\r\n--", first.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Type: application/json", first.Body, StringComparison.Ordinal);
        Assert.Equal([A, B, null], results.Select(r => r.Record?.Id));
        Assert.Equal([A, B, C], results.Select(r => r.Id));
        Assert.All(results, r => Assert.True(r.Succeeded));
    }

    [Fact]
    public async Task Dataverse_GetMany_BatchAnswered502_IsSentAgain_ButAWriteBatchIsNot()
    {
        var reads = new ConcurrentQueue<CapturedRequest>();
        await using var readHarness = PipelineHarness.Create(Recording(reads, (r, call) => call == 1
            ? FakeServiceHandler.Error(HttpStatusCode.BadGateway, null)
            : Answer(r, _ => Ok)));
        var writes = new ConcurrentQueue<CapturedRequest>();
        await using var writeHarness = PipelineHarness.Create(Recording(writes, (r, call) => call == 1
            ? FakeServiceHandler.Error(HttpStatusCode.BadGateway, null)
            : Answer(r, _ => Ok)));

        var read = await readHarness.Dataverse.GetManyAsync(CustomerMapping.Accounts, [A, B], ["name"], Ct);
        var written = await writeHarness.Dataverse.UpdateManyAsync(CustomerMapping.Accounts,
            [new RecordUpdate(A, "W/\"1\"", new Dictionary<string, string?> { ["name"] = "x" })], ["name"], Ct);

        Assert.Equal(2, reads.Count);
        Assert.Equal([A, B], read.Select(r => r.Record?.Id));
        Assert.Single(writes);
        Assert.Equal(HttpStatusCode.BadGateway, written[0].Error?.Status);
    }

    [Fact]
    public async Task Dataverse_GetMany_ChunkFailingAfterTheRetries_MarksItsIdsFailed()
    {
        await using var harness = PipelineHarness.Create(Recording(new(), _ => FakeServiceHandler.Error(HttpStatusCode.InternalServerError, null)));

        var results = await harness.Dataverse.GetManyAsync(CustomerMapping.Accounts, [A, B], ["name"], Ct);

        Assert.All(results, r => Assert.Equal(HttpStatusCode.InternalServerError, r.Error?.Status));
        Assert.All(results, r => Assert.Null(r.Record));
    }

    [Fact]
    public async Task BusinessCentral_GetMany_SendsGetOperationsWithoutBody_AndMatchesAnswersById()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, _ => FakeServiceHandler.Json(HttpStatusCode.OK, new
        {
            responses = new object[]
            {
                new { id = "2", status = 404, headers = new { }, body = new { error = new { code = "Internal_RecordNotFound", message = "The customer does not exist." } } },
                new { id = "1", status = 200, headers = new { }, body = Customer(A) },
            },
        })));

        var results = await harness.BusinessCentral.GetManyAsync(CustomerMapping.Customers, [A, B], ["displayName"], Ct);

        var batch = Assert.Single(requests);
        Assert.Equal("https://bc.test/v2.0/contoso/production/api/v2.0/$batch", batch.Url.AbsoluteUri);
        var operations = JsonNode.Parse(batch.Body)!["requests"]!.AsArray();
        Assert.Equal(
            "{\"id\":\"1\",\"method\":\"GET\",\"url\":\"" + Customers + "(" + A + ")?$select=id,lastModifiedDateTime,displayName\"}",
            operations[0]!.ToJsonString());
        Assert.Equal(A, results[0].Record?.Id);
        Assert.Equal("x", results[0].Record?["displayName"]);
        Assert.True(results[1].Succeeded);
        Assert.Null(results[1].Record);
    }

    [Fact]
    public async Task BusinessCentral_GetMany_230Ids_AreBatchesOf100_100_30()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, r => FakeServiceHandler.Json(HttpStatusCode.OK, new
        {
            responses = JsonNode.Parse(r.Body)!["requests"]!.AsArray().Select(o => new
            {
                id = (string?)o!["id"],
                status = 200,
                body = Customer(((string)o["url"]!).Split('(', ')')[^2]),
            }).ToList(),
        })), new Dictionary<string, string?> { ["BusinessCentral:AttemptTimeout"] = "00:00:30" });
        var ids = Enumerable.Range(0, 230).Select(i => $"5c6e1d3a-0000-4000-8000-{i:D12}").ToList();

        var results = await harness.BusinessCentral.GetManyAsync(CustomerMapping.Customers, ids, ["displayName"], Ct);

        Assert.Equal([30, 100, 100], requests.Select(r => JsonNode.Parse(r.Body)!["requests"]!.AsArray().Count).Order());
        Assert.Equal(ids, results.Select(r => r.Record?.Id));
    }

    private static Dictionary<string, object> Customer(string id) => new()
    {
        ["@odata.etag"] = "W/\"2\"", ["id"] = id, ["lastModifiedDateTime"] = "2026-01-01T00:00:00Z", ["displayName"] = "x",
    };
}
