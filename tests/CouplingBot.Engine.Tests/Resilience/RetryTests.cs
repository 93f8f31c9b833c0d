using System.Diagnostics;
using System.Net;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using static CouplingBot.Engine.Tests.Resilience.FakeServiceHandler;

namespace CouplingBot.Engine.Tests.Resilience;

/// <summary>The retry rule through the real pipeline: reads retry freely, writes only when certainly not applied.</summary>
public sealed class RetryTests
{
    private const string Id = "5c6e1d3a-0000-4000-8000-0000000000aa";
    private static readonly Dictionary<string, string?> Rename = new() { ["name"] = "Fourth Coffee Ltd" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_After429WithRetryAfter_WaitsThatLongThenRetries()
    {
        var handler = Script(_ => Error(HttpStatusCode.TooManyRequests, "0x80072322", retryAfter: "1"), _ => Account());
        await using var harness = PipelineHarness.Create(handler);
        var clock = Stopwatch.StartNew();

        var record = await harness.Dataverse.GetAsync(CustomerMapping.Accounts, Id, ["name"], Ct);

        Assert.Equal(Id, record?.Id);
        Assert.Equal(2, handler.CallCount);
        var calls = handler.Calls.ToArray();
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Patch_AfterARefusal_IsRetried(HttpStatusCode refusal)
    {
        var handler = Script(_ => Error(refusal, null, retryAfter: "0"), _ => Account());
        await using var harness = PipelineHarness.Create(handler);

        var record = await harness.Dataverse.UpdateAsync(CustomerMapping.Accounts, Id, "W/\"1\"", Rename, ["name"], Ct);

        Assert.Equal(Id, record.Id);
        Assert.Equal(2, handler.CallCount);
        Assert.All(handler.Calls, c => Assert.Equal(HttpMethod.Patch, c.Method));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Patch_AfterAnAnswerThatMayHaveApplied_IsNotRetried(HttpStatusCode status)
    {
        var handler = Script(_ => Error(status, "Internal_ServerError"), _ => Customer());
        await using var harness = PipelineHarness.Create(handler);

        var failure = await Assert.ThrowsAsync<ServiceRequestException>(() =>
            harness.BusinessCentral.UpdateAsync(CustomerMapping.Customers, Id, "W/\"1\"", Rename, ["displayName"], Ct));

        Assert.Equal(status, failure.Status);
        Assert.Equal(1, handler.CallCount);
    }

    [Fact]
    public async Task Get_After503_IsRetried_ButNotAfter500()
    {
        var handler = Script(_ => Error(HttpStatusCode.ServiceUnavailable, null), _ => Error(HttpStatusCode.InternalServerError, null), _ => Account());
        await using var harness = PipelineHarness.Create(handler);

        var failure = await Assert.ThrowsAsync<ServiceRequestException>(() => harness.Dataverse.GetAsync(CustomerMapping.Accounts, Id, ["name"], Ct));

        Assert.Equal(HttpStatusCode.InternalServerError, failure.Status);
        Assert.Equal(2, handler.CallCount);
    }

    [Fact]
    public async Task Patch_AfterATimeout_IsNotRetried()
    {
        var handler = new FakeServiceHandler(async (_, call, ct) =>
        {
            await Task.Delay(call == 1 ? TimeSpan.FromSeconds(5) : TimeSpan.Zero, ct);
            return Account();
        });
        await using var harness = PipelineHarness.Create(handler);

        var failure = await Assert.ThrowsAsync<ServiceRequestException>(() =>
            harness.Dataverse.UpdateAsync(CustomerMapping.Accounts, Id, "W/\"1\"", Rename, ["name"], Ct));

        Assert.True(failure.IsUnreachable);
        Assert.Equal(1, handler.CallCount);
    }

    [Fact]
    public async Task Get_AfterATimeout_IsRetried()
    {
        var handler = new FakeServiceHandler(async (_, call, ct) =>
        {
            await Task.Delay(call == 1 ? TimeSpan.FromSeconds(5) : TimeSpan.Zero, ct);
            return Account();
        });
        await using var harness = PipelineHarness.Create(handler);

        Assert.NotNull(await harness.Dataverse.GetAsync(CustomerMapping.Accounts, Id, ["name"], Ct));
        Assert.Equal(2, handler.CallCount);
    }

    [Fact]
    public async Task Patch_WhenNoConnectionCouldBeMade_IsRetried()
    {
        var handler = new FakeServiceHandler((_, call, _) => call == 1
            ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused")
            : Task.FromResult(Customer()));
        await using var harness = PipelineHarness.Create(handler);

        var record = await harness.BusinessCentral.UpdateAsync(CustomerMapping.Customers, Id, "W/\"1\"", Rename, ["displayName"], Ct);

        Assert.Equal(Id, record.Id);
        Assert.Equal(2, handler.CallCount);
    }

    [Fact]
    public async Task Patch_WhenTheConnectionDroppedMidway_IsNotRetried()
    {
        var handler = new FakeServiceHandler((_, call, _) => call == 1
            ? throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.")
            : Task.FromResult(Customer()));
        await using var harness = PipelineHarness.Create(handler);

        var failure = await Assert.ThrowsAsync<ServiceRequestException>(() =>
            harness.BusinessCentral.UpdateAsync(CustomerMapping.Customers, Id, "W/\"1\"", Rename, ["displayName"], Ct));

        Assert.True(failure.IsUnreachable);
        Assert.Equal(1, handler.CallCount);
    }

    [Fact]
    public async Task RetriesUsedUp_IsThrottled_WithTheServicesRetryAfter_AndLongWaitsAreCapped()
    {
        var handler = Script(_ => Error(HttpStatusCode.TooManyRequests, "0x80072322", "Number of requests exceeded the limit of 6000.", retryAfter: "120"));
        await using var harness = PipelineHarness.Create(handler, new Dictionary<string, string?>
        {
            ["Dataverse:MaxRetries"] = "2",
            ["Dataverse:MaxRetryDelay"] = "00:00:00.050",
        });
        var clock = Stopwatch.StartNew();

        var throttled = await Assert.ThrowsAsync<ThrottledException>(() => harness.Dataverse.GetAsync(CustomerMapping.Accounts, Id, ["name"], Ct));

        Assert.Equal(TimeSpan.FromSeconds(120), throttled.RetryAfter);
        Assert.Equal("0x80072322", throttled.ErrorCode);
        Assert.Contains("6000", throttled.Message, StringComparison.Ordinal);
        Assert.Equal(3, handler.CallCount);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task DataverseCreate_RetriedAfter503_ThatMeetsItsOwnDuplicate_ReadsTheRecordBack()
    {
        var handler = Script(
            _ => Error(HttpStatusCode.ServiceUnavailable, null),
            _ => Error(HttpStatusCode.PreconditionFailed, "0x80040237", "A record with matching key values already exists."),
            request => request.Method == HttpMethod.Get ? Account() : Error(HttpStatusCode.BadRequest, null));
        await using var harness = PipelineHarness.Create(handler);

        var record = await harness.Dataverse.CreateAsync(CustomerMapping.Accounts, Id, Rename, ["name"], Ct);

        Assert.Equal(Id, record.Id);
        Assert.Equal([HttpMethod.Post, HttpMethod.Post, HttpMethod.Get], handler.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task DataverseCreate_DuplicateOnTheFirstAttempt_IsADuplicateRecord()
    {
        var handler = Script(_ => Error(HttpStatusCode.PreconditionFailed, "0x80040237", "A record with matching key values already exists."));
        await using var harness = PipelineHarness.Create(handler);

        await Assert.ThrowsAsync<DuplicateRecordException>(() => harness.Dataverse.CreateAsync(CustomerMapping.Accounts, Id, Rename, ["name"], Ct));
        Assert.Equal(1, handler.CallCount);
    }

    private static HttpResponseMessage Account() => Entity(HttpStatusCode.OK, "accountid", "modifiedon", Id);

    private static HttpResponseMessage Customer() => Entity(HttpStatusCode.OK, "id", "lastModifiedDateTime", Id, "displayName");
}
