using static CouplingBot.Sandbox.Tests.Protection.LimitedHost;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Protection;

public sealed class DataverseProtectionTests
{
    private static readonly string Accounts = $"{Dv}accounts?$top=1";

    [Fact]
    public async Task Requests_OverLimit_429WithCodeRetryAfterAndBody()
    {
        var clock = new ManualClock();
        await using var host = await StartAsync(clock, "Limits:Dataverse:Requests=5", "Limits:Dataverse:Window=00:00:02");

        var statuses = await GetManyAsync(host, Accounts, 5);
        using var throttled = await host.SendAsync(HttpMethod.Get, Accounts);

        Assert.All(statuses, s => Assert.Equal(200, s));
        var (code, message) = await ErrorAsync(throttled, 429);
        Assert.Equal("0x80072322", code);
        Assert.Equal("Number of requests exceeded the limit of 5 over time window of 2 seconds.", message);
        Assert.Equal(2, RetryAfter(throttled));
    }

    [Fact]
    public async Task Requests_WindowSlides_OldRequestsLeaveOneByOne()
    {
        var clock = new ManualClock();
        await using var host = await StartAsync(clock, "Limits:Dataverse:Requests=5", "Limits:Dataverse:Window=00:00:02");
        await GetManyAsync(host, Accounts, 3);
        clock.Advance(TimeSpan.FromSeconds(1));
        await GetManyAsync(host, Accounts, 2);

        using var full = await host.SendAsync(HttpMethod.Get, Accounts);
        var fullRetry = RetryAfter(full);
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterFirstLeft = await GetManyAsync(host, Accounts, 4);

        Assert.Equal(429, (int)full.StatusCode);
        Assert.Equal(1, fullRetry);
        Assert.Equal([200, 200, 200, 429], afterFirstLeft);
    }

    [Fact]
    public async Task Requests_TwoCallers_SeparateBudgets()
    {
        await using var host = await StartAsync(null, "Limits:Dataverse:Requests=2");

        var alice = await GetManyAsync(host, Accounts, 3, As("alice"));
        var bob = await GetManyAsync(host, Accounts, 3, As("bob"));
        var anonymous = await GetManyAsync(host, Accounts, 1);

        Assert.Equal([200, 200, 429], alice);
        Assert.Equal([200, 200, 429], bob);
        Assert.Equal([200], anonymous);
    }

    [Fact]
    public async Task ExecutionTime_OverLimit_429WithExecutionCode()
    {
        var clock = new ManualClock();
        await using var host = await StartAsync(clock,
            "Limits:Dataverse:ExecutionTime=00:00:02.500", "Limits:Dataverse:SimulatedCostPerRequest=00:00:01", "Limits:Dataverse:Window=00:00:10");

        var statuses = await GetManyAsync(host, Accounts, 3);
        using var throttled = await host.SendAsync(HttpMethod.Get, Accounts);
        var (code, message) = await ErrorAsync(throttled, 429);
        clock.Advance(TimeSpan.FromSeconds(10));
        var later = await GetManyAsync(host, Accounts, 1);

        Assert.All(statuses, s => Assert.Equal(200, s));
        Assert.Equal("0x80072321", code);
        Assert.StartsWith("Combined execution time of incoming requests exceeded limit of 2,500 milliseconds over time window of 10 seconds.", message, StringComparison.Ordinal);
        Assert.Equal(10, RetryAfter(throttled));
        Assert.Equal([200], later);
    }

    [Fact]
    public async Task Concurrency_OverLimit_TripsImmediatelyPerCaller()
    {
        await using var host = await StartAsync(null, "Limits:Dataverse:ConcurrentRequests=2");
        await Faults.FaultsTests.AddFaultAsync(host, new { service = "dataverse", latencyMs = 1500 });

        var slow = new[] { host.SendAsync(HttpMethod.Get, Accounts), host.SendAsync(HttpMethod.Get, Accounts) };
        await Task.Delay(400, TestContext.Current.CancellationToken);
        var started = DateTimeOffset.UtcNow;
        using var third = await host.SendAsync(HttpMethod.Get, Accounts);
        var waited = DateTimeOffset.UtcNow - started;
        var (code, message) = await ErrorAsync(third, 429);
        var otherCaller = host.SendAsync(HttpMethod.Get, Accounts, null, As("other"));
        var results = await Task.WhenAll([.. slow, otherCaller]);

        Assert.Equal("0x80072326", code);
        Assert.Equal("Number of concurrent requests exceeded the limit of 2.", message);
        Assert.Equal(1, RetryAfter(third));
        Assert.True(waited < TimeSpan.FromMilliseconds(800), $"waited {waited}");
        Assert.All(results, r => Assert.Equal(200, (int)r.StatusCode));
    }

    [Fact]
    public async Task ControlEndpointsAndPage_NeverLimited()
    {
        await using var host = await StartAsync(null, "Limits:Dataverse:Requests=1", "Limits:BusinessCentral:Requests=1");

        var stats = await GetManyAsync(host, "_sandbox/stats", 3);
        var page = await GetManyAsync(host, "", 3);

        Assert.Equal([200, 200, 200], stats);
        Assert.Equal([200, 200, 200], page);
    }
}
