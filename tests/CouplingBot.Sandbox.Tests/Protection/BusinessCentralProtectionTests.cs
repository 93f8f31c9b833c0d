using System.Diagnostics;
using static CouplingBot.Sandbox.Tests.Protection.LimitedHost;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Protection;

public sealed class BusinessCentralProtectionTests
{
    private static readonly string Customers = $"{UkCustomers}?$top=1";

    [Fact]
    public async Task Requests_OverLimit_429TooManyRequestsWithCorrelationIdAndRetryAfter()
    {
        var clock = new ManualClock();
        await using var host = await StartAsync(clock, "Limits:BusinessCentral:Requests=5", "Limits:BusinessCentral:Window=00:00:02");

        var statuses = await GetManyAsync(host, Customers, 5);
        using var throttled = await host.SendAsync(HttpMethod.Get, Customers);
        var (code, message) = await ErrorAsync(throttled, 429);
        clock.Advance(TimeSpan.FromSeconds(2));
        var later = await GetManyAsync(host, Customers, 1);

        Assert.All(statuses, s => Assert.Equal(200, s));
        Assert.Equal("Application_TooManyRequests", code);
        Assert.Matches(@"^Too many requests reached\. Actual \(6\)\. Maximum \(5\)\. CorrelationId: [0-9a-f-]{36}\.$", message);
        Assert.Equal(2, RetryAfter(throttled));
        Assert.Equal([200], later);
    }

    [Fact]
    public async Task Requests_TwoCallers_SeparateBudgets()
    {
        await using var host = await StartAsync(null, "Limits:BusinessCentral:Requests=2");

        var alice = await GetManyAsync(host, Customers, 3, As("alice"));
        var bob = await GetManyAsync(host, Customers, 3, As("bob"));

        Assert.Equal([200, 200, 429], alice);
        Assert.Equal([200, 200, 429], bob);
    }

    [Fact]
    public async Task Concurrency_FiveProcessedThenQueuedThenFullQueue503()
    {
        await using var host = await StartAsync(null, "Limits:BusinessCentral:QueueSize=2");
        await Faults.FaultsTests.AddFaultAsync(host, new { service = "bc", latencyMs = 1500 });
        var clock = Stopwatch.StartNew();

        var processed = Enumerable.Range(0, 5).Select(_ => host.SendAsync(HttpMethod.Get, Customers)).ToList();
        await Task.Delay(400, TestContext.Current.CancellationToken);
        var queued = Enumerable.Range(0, 2).Select(_ => host.SendAsync(HttpMethod.Get, Customers)).ToList();
        await Task.Delay(200, TestContext.Current.CancellationToken);
        using var rejected = await host.SendAsync(HttpMethod.Get, Customers);
        var rejectedAt = clock.Elapsed;
        var (code, message) = await ErrorAsync(rejected, 503);
        var done = await Task.WhenAll(processed);
        var queuedDone = await Task.WhenAll(queued);
        var queuedAt = clock.Elapsed;

        Assert.Equal("Application_ServiceUnavailable", code);
        Assert.Contains("CorrelationId:", message, StringComparison.Ordinal);
        Assert.Equal(5, RetryAfter(rejected));
        Assert.True(rejectedAt < TimeSpan.FromMilliseconds(1400), $"rejected after {rejectedAt}");
        Assert.All(done.Concat(queuedDone), r => Assert.Equal(200, (int)r.StatusCode));
        Assert.True(queuedAt >= TimeSpan.FromMilliseconds(2900), $"queued ones waited for a slot: {queuedAt}");
    }

    [Fact]
    public async Task Concurrency_QueuedLongerThanTimeout_503()
    {
        await using var host = await StartAsync(null, "Limits:BusinessCentral:QueueTimeout=00:00:00.500");
        await Faults.FaultsTests.AddFaultAsync(host, new { service = "bc", latencyMs = 2500 });

        var processed = Enumerable.Range(0, 5).Select(_ => host.SendAsync(HttpMethod.Get, Customers)).ToList();
        await Task.Delay(400, TestContext.Current.CancellationToken);
        var clock = Stopwatch.StartNew();
        using var timedOut = await host.SendAsync(HttpMethod.Get, Customers);
        var waited = clock.Elapsed;
        var (code, message) = await ErrorAsync(timedOut, 503);
        await Task.WhenAll(processed);

        Assert.Equal("Application_ServiceUnavailable", code);
        Assert.Contains("waited longer than 0.5 seconds", message, StringComparison.Ordinal);
        Assert.InRange(waited, TimeSpan.FromMilliseconds(450), TimeSpan.FromMilliseconds(2000));
    }
}
