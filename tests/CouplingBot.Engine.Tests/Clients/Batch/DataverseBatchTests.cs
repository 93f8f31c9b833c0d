using System.Collections.Concurrent;
using System.Net;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Tests.Resilience;
using static CouplingBot.Engine.Tests.Clients.Batch.CapturedRequest;
using static CouplingBot.Engine.Tests.Clients.Batch.DataverseBatchAnswers;

namespace CouplingBot.Engine.Tests.Clients.Batch;

/// <summary>Dataverse $batch on the wire, through the real pipeline: the multipart body, its parsing, chunking, retries.</summary>
public sealed class DataverseBatchTests
{
    private const string A = "5c6e1d3a-0000-4000-8000-00000000000a";
    private const string B = "5c6e1d3a-0000-4000-8000-00000000000b";
    private const string C = "5c6e1d3a-0000-4000-8000-00000000000c";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateMany_SendsOneMultipartBatch_WithAnIndependentPatchPerRecord()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, r => Answer(r, _ => Ok)));

        await harness.Dataverse.UpdateManyAsync(CustomerMapping.Accounts,
            [new RecordUpdate(A, "W/\"1\"", new Dictionary<string, string?> { ["name"] = "Fourth Coffee" }),
             new RecordUpdate(B, "*", new Dictionary<string, string?> { ["telephone1"] = null })], ["name"], Ct);

        var batch = Assert.Single(requests);
        Assert.Equal(HttpMethod.Post, batch.Method);
        Assert.Equal("https://dv.test/api/data/v9.2/$batch", batch.Url.AbsoluteUri);
        Assert.Equal("odata.continue-on-error", batch.Headers["Prefer"]);
        Assert.Equal("4.0", batch.Headers["OData-Version"]);
        Assert.Equal("application/json", batch.Headers["Accept"]);
        var boundary = Boundary(batch);
        Assert.StartsWith("batch_", boundary, StringComparison.Ordinal);
        Assert.Equal($"multipart/mixed; boundary=\"{boundary}\"", batch.Headers["Content-Type"]);
        Assert.Equal(
            $"--{boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + $"PATCH https://dv.test/api/data/v9.2/accounts({A})?$select=accountid,modifiedon,name HTTP/1.1\r\n"
            + "Content-Type: application/json\r\nIf-Match: W/\"1\"\r\nPrefer: return=representation\r\n\r\n{\"name\":\"Fourth Coffee\"}\r\n"
            + $"--{boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + $"PATCH https://dv.test/api/data/v9.2/accounts({B})?$select=accountid,modifiedon,name HTTP/1.1\r\n"
            + "Content-Type: application/json\r\nIf-Match: *\r\nPrefer: return=representation\r\n\r\n{\"telephone1\":null}\r\n"
            + $"--{boundary}--\r\n",
            batch.Body);
    }

    [Fact]
    public async Task UpdateMany_FailedParts_AreTypedErrors_AndTheOthersAreWritten()
    {
        await using var harness = PipelineHarness.Create(Recording(new(), r => Answer(r, id => id switch
        {
            B => "HTTP/1.1 412 Precondition Failed\r\nContent-Type: application/json; odata.metadata=minimal\r\n\r\n"
                + "{\"error\":{\"code\":\"0x80060882\",\"message\":\"The version of the existing record doesn't match the RowVersion property provided.\"}}",
            C => "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n\r\n{\"error\":{\"code\":\"0x80040217\",\"message\":\"account With Id = c Does Not Exist\"}}",
            _ => Ok,
        })));

        var results = await harness.Dataverse.UpdateManyAsync(CustomerMapping.Accounts,
            [Update(A), Update(B), Update(C)], ["name"], Ct);

        Assert.Equal([0, 1, 2], results.Select(r => r.Index));
        Assert.Equal(A, results[0].Record?.Id);
        Assert.Equal("W/\"2\"", results[0].Record?.ETag);
        Assert.Equal("0x80060882", Assert.IsType<ConcurrencyConflictException>(results[1].Error).ErrorCode);
        Assert.Equal(B, results[1].Id);
        Assert.IsType<RecordNotFoundException>(results[2].Error);
        Assert.Equal([true, false, false], results.Select(r => r.Succeeded));
    }

    [Fact]
    public async Task UpdateMany_2500Records_AreThreeBatchesOf1000_1000_500()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, r => Answer(r, _ => Ok)), new Dictionary<string, string?> { ["Dataverse:AttemptTimeout"] = "00:00:30" });
        var updates = Enumerable.Range(0, 2500).Select(i => Update($"5c6e1d3a-0000-4000-8000-{i:D12}")).ToList();

        var results = await harness.Dataverse.UpdateManyAsync(CustomerMapping.Accounts, updates, ["name"], Ct);

        Assert.Equal([500, 1000, 1000], requests.Select(r => PartIds(r).Count).Order());
        Assert.Equal(updates.Select(u => u.Id), results.Select(r => r.Record?.Id));
        Assert.Equal(Enumerable.Range(0, 2500), results.Select(r => r.Index));
    }

    [Fact]
    public async Task UpdateMany_WholeBatchThrottled_IsSentAgain()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, (r, call) => call == 1
            ? FakeServiceHandler.Error(HttpStatusCode.TooManyRequests, "0x80072322", retryAfter: "0")
            : Answer(r, _ => Ok)));

        var results = await harness.Dataverse.UpdateManyAsync(CustomerMapping.Accounts, [Update(A), Update(B)], ["name"], Ct);

        Assert.Equal(2, requests.Count);
        Assert.All(results, r => Assert.True(r.Succeeded));
    }

    [Fact]
    public async Task UpdateMany_ChunkFailingAsAWhole_MarksOnlyItsItemsFailed()
    {
        await using var harness = PipelineHarness.Create(Recording(new(), r => PartIds(r).Contains(A)
            ? FakeServiceHandler.Error(HttpStatusCode.InternalServerError, null)
            : Answer(r, _ => Ok)), new Dictionary<string, string?> { ["Dataverse:BatchSize"] = "2" });

        var results = await harness.Dataverse.UpdateManyAsync(CustomerMapping.Accounts, [Update(A), Update(B), Update(C)], ["name"], Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, results[0].Error?.Status);
        Assert.Same(results[0].Error, results[1].Error);
        Assert.True(results[2].Succeeded);
    }

    [Fact]
    public async Task CreateMany_PostsWithTheKeyInTheBody_AndADuplicateIsTyped()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, r => Answer(r, id => id == B
            ? "HTTP/1.1 412 Precondition Failed\r\n\r\n{\"error\":{\"code\":\"0x80040237\",\"message\":\"A record with matching key values already exists.\"}}"
            : Ok)));

        var results = await harness.Dataverse.CreateManyAsync(CustomerMapping.Accounts,
            [new RecordCreate(A, new Dictionary<string, string?> { ["name"] = "New" }), new RecordCreate(B, new Dictionary<string, string?>()), new RecordCreate(null, new Dictionary<string, string?>())],
            ["name"], Ct);

        var body = Assert.Single(requests).Body;
        Assert.Contains($"POST https://dv.test/api/data/v9.2/accounts?$select=accountid,modifiedon,name HTTP/1.1\r\nContent-Type: application/json\r\nPrefer: return=representation\r\n\r\n{{\"name\":\"New\",\"accountid\":\"{A}\"}}\r\n", body, StringComparison.Ordinal);
        Assert.True(results[0].Succeeded);
        Assert.IsType<DuplicateRecordException>(results[1].Error);
        Assert.True(Guid.TryParse(results[2].Id, out _), "a key is made for an item without one");
        Assert.Equal(results[2].Id, results[2].Record?.Id);
    }

    private static RecordUpdate Update(string id) => new(id, "W/\"1\"", new Dictionary<string, string?> { ["name"] = "x" });
}
