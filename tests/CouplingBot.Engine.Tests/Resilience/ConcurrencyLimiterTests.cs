using System.Net;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Tests.Resilience;

/// <summary>The per-service concurrency limiter: never more than MaxConcurrentRequests in flight, the rest queue.</summary>
public sealed class ConcurrencyLimiterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("BusinessCentral", 2)]
    [InlineData("Dataverse", 3)]
    public async Task ManyCallsAtOnce_NeverMoreInFlightThanTheLimit_AndAllComplete(string section, int limit)
    {
        var handler = new FakeServiceHandler(async (request, _, ct) =>
        {
            await Task.Delay(50, ct);
            return section == "Dataverse"
                ? FakeServiceHandler.Entity(HttpStatusCode.OK, "accountid", "modifiedon", IdIn(request))
                : FakeServiceHandler.Entity(HttpStatusCode.OK, "id", "lastModifiedDateTime", IdIn(request), "displayName");
        });
        await using var harness = PipelineHarness.Create(handler, new Dictionary<string, string?>
        {
            [$"{section}:MaxConcurrentRequests"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"{section}:AttemptTimeout"] = "00:00:05",
        });
        var (client, set) = section == "Dataverse"
            ? ((IRecordClient)harness.Dataverse, CustomerMapping.Accounts)
            : (harness.BusinessCentral, CustomerMapping.Customers);
        var ids = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid().ToString()).ToList();

        var records = await Task.WhenAll(ids.Select(id => client.GetAsync(set, id, [], Ct)));

        Assert.Equal(ids, records.Select(r => r?.Id));
        Assert.Equal(limit, handler.MaxInFlight);
    }

    [Fact]
    public async Task QueueFull_FailsAtOnceAsThrottled()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new FakeServiceHandler(async (request, _, ct) =>
        {
            await release.Task.WaitAsync(ct);
            return FakeServiceHandler.Entity(HttpStatusCode.OK, "accountid", "modifiedon", IdIn(request));
        });
        await using var harness = PipelineHarness.Create(handler, new Dictionary<string, string?>
        {
            ["Dataverse:MaxConcurrentRequests"] = "1",
            ["Dataverse:MaxQueuedRequests"] = "1",
            ["Dataverse:MaxRetries"] = "0",
            ["Dataverse:AttemptTimeout"] = "00:00:05",
        });
        var running = harness.Dataverse.GetAsync(CustomerMapping.Accounts, Guid.NewGuid().ToString(), [], Ct);
        while (handler.CallCount == 0)
        {
            await Task.Delay(10, Ct);
        }

        var queued = harness.Dataverse.GetAsync(CustomerMapping.Accounts, Guid.NewGuid().ToString(), [], Ct);

        var refused = await Assert.ThrowsAsync<ThrottledException>(() => harness.Dataverse.GetAsync(CustomerMapping.Accounts, Guid.NewGuid().ToString(), [], Ct));
        release.SetResult();

        Assert.Equal(Side.Sales, refused.Side);
        Assert.NotNull(await running);
        Assert.NotNull(await queued);
    }

    private static string IdIn(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        return path[(path.LastIndexOf('(') + 1)..path.LastIndexOf(')')];
    }
}
