using System.Collections.Concurrent;
using System.Net;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Tests.Clients.Batch;
using CouplingBot.Engine.Tests.Resilience;
using static CouplingBot.Engine.Tests.Clients.Batch.CapturedRequest;

namespace CouplingBot.Engine.Tests.Clients.Changes;

/// <summary>Dataverse change tracking on the wire: track-changes, next links, deletions, the delta link last, expiry.</summary>
public sealed class DataverseChangesTests
{
    private const string A = "5c6e1d3a-0000-4000-8000-00000000000a";
    private const string B = "5c6e1d3a-0000-4000-8000-00000000000b";
    private const string Delta = "https://dv.test/api/data/v9.2/accounts?$select=accountid,modifiedon,name&$deltatoken=919042%2108%2f22%2f2017";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstRead_AsksToTrackChanges_FollowsNextLinks_AndEndsWithTheDeltaLink()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, (_, call) => call == 1
            ? FakeServiceHandler.Json(HttpStatusCode.OK, new Dictionary<string, object> { ["value"] = new[] { Account(A) }, ["@odata.nextLink"] = "https://dv.test/api/data/v9.2/accounts?$skiptoken=2" })
            : FakeServiceHandler.Json(HttpStatusCode.OK, new Dictionary<string, object> { ["value"] = new[] { Account(B) }, ["@odata.deltaLink"] = Delta })),
            new Dictionary<string, string?> { ["Dataverse:PageSize"] = "1" });

        var changes = await ToListAsync(harness.Dataverse.ChangesAsync(CustomerMapping.Accounts, ["name"], null, Ct));

        Assert.Equal([A, B], changes.OfType<RecordUpserted>().Select(c => c.Record.Id));
        Assert.Equal(Delta, Assert.IsType<ChangesComplete>(changes[^1]).DeltaLink);
        var calls = requests.ToArray();
        Assert.Equal("/api/data/v9.2/accounts?$select=accountid,modifiedon,name", calls[0].Url.PathAndQuery);
        Assert.Equal("odata.track-changes,odata.maxpagesize=1", calls[0].Headers["Prefer"]);
        Assert.Equal("https://dv.test/api/data/v9.2/accounts?$skiptoken=2", calls[1].Url.AbsoluteUri);
    }

    [Fact]
    public async Task DeltaRead_GetsTheLinkVerbatim_AndReportsChangedThenDeletedRecords()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, _ => FakeServiceHandler.Json(HttpStatusCode.OK, new Dictionary<string, object>
        {
            ["@odata.context"] = "https://dv.test/api/data/v9.2/$metadata#accounts(name)/$delta",
            ["@odata.deltaLink"] = Delta + "2",
            ["value"] = new object[]
            {
                Account(A),
                new Dictionary<string, string> { ["@odata.context"] = "https://dv.test/api/data/v9.2/$metadata#accounts/$deletedEntity", ["id"] = B, ["reason"] = "deleted" },
            },
        })));

        var changes = await ToListAsync(harness.Dataverse.ChangesAsync(CustomerMapping.Accounts, ["name"], Delta, Ct));

        Assert.Equal(Delta, Assert.Single(requests).Url.OriginalString);
        Assert.DoesNotContain("track-changes", requests.Single().Headers["Prefer"], StringComparison.Ordinal);
        Assert.Equal(A, Assert.IsType<RecordUpserted>(changes[0]).Record.Id);
        Assert.Equal(B, Assert.IsType<RecordDeleted>(changes[1]).Id);
        Assert.Equal(Delta + "2", Assert.IsType<ChangesComplete>(changes[2]).DeltaLink);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, "0x80044352", "Version stamp associated with the client has expired. Please perform a full sync.")]
    [InlineData(HttpStatusCode.BadRequest, null, "Version stamp associated with the client has expired. Please perform a full sync.")]
    [InlineData(HttpStatusCode.Gone, null, "Gone")]
    public async Task ExpiredDeltaLink_IsChangeTrackingExpired(HttpStatusCode status, string? code, string message)
    {
        await using var harness = PipelineHarness.Create(FakeServiceHandler.Script(_ => code is null
            ? FakeServiceHandler.Json(status, new { error = new { message } })
            : FakeServiceHandler.Error(status, code, message)));

        await Assert.ThrowsAsync<ChangeTrackingExpiredException>(() => ToListAsync(harness.Dataverse.ChangesAsync(CustomerMapping.Accounts, ["name"], Delta, Ct)));
    }

    [Fact]
    public async Task NoDeltaLink_IsAnError_NotASilentEnd()
    {
        await using var harness = PipelineHarness.Create(FakeServiceHandler.Script(_ => FakeServiceHandler.Json(HttpStatusCode.OK, new { value = Array.Empty<object>() })));

        var failure = await Assert.ThrowsAsync<ServiceRequestException>(() => ToListAsync(harness.Dataverse.ChangesAsync(CustomerMapping.Accounts, ["name"], null, Ct)));

        Assert.Contains("change tracking", failure.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Account(string id) => new()
    {
        ["@odata.etag"] = "W/\"1\"", ["accountid"] = id, ["modifiedon"] = "2026-01-01T00:00:00Z", ["name"] = "x",
    };

    internal static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
