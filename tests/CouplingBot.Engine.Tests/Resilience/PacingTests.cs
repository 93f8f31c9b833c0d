using System.Diagnostics;
using System.Globalization;
using System.Net;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Dataverse;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using Microsoft.Extensions.Options;
using static CouplingBot.Engine.Tests.Resilience.FakeServiceHandler;

namespace CouplingBot.Engine.Tests.Resilience;

/// <summary>
/// The pacer through the real pipeline, with a 1 s window: never more of our requests in any window than the budget,
/// the extra ones wait for the window instead of being refused, retries spend the budget too, and 0 turns it off.
/// </summary>
public sealed class PacingTests
{
    private const string Id = "5c6e1d3a-0000-4000-8000-0000000000aa";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    // The limiter times with Stopwatch, the calls are stamped with the system clock: allow for the two disagreeing.
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(2);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("BusinessCentral")]
    [InlineData("Dataverse")]
    public async Task MoreRequestsThanTheBudget_TheExtraWaitForTheNextWindow_AndNoneIsRefused(string section)
    {
        const int budget = 3;
        var handler = new FakeServiceHandler((_, _, _) => Task.FromResult(Answer(section)));
        await using var harness = PipelineHarness.Create(handler, Budget(section, budget));
        await WarmUpAsync(harness, section, handler);

        var records = await Task.WhenAll(Enumerable.Range(0, budget + 2).Select(_ => Get(harness, section)));

        Assert.All(records, r => Assert.Equal(Id, r?.Id));
        var at = handler.Calls.Select(c => c.At).Order().ToArray();
        Assert.Equal(budget + 2, at.Length);
        Assert.True(at[budget - 1] - at[0] < Window / 2, $"the budget's first {budget} went over {(at[budget - 1] - at[0]).TotalMilliseconds} ms");
        for (var i = 0; i + budget < at.Length; i++)
        {
            var gap = at[i + budget] - at[i];
            Assert.True(gap >= Window - ClockSlack, $"{budget + 1} requests within {gap.TotalMilliseconds} ms");
        }

        Assert.True(at[^1] - at[0] < Window * 2, $"the extra requests waited {(at[^1] - at[0]).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task PacingOff_NothingWaits()
    {
        var handler = new FakeServiceHandler((_, _, _) => Task.FromResult(Answer("Dataverse")));
        await using var harness = PipelineHarness.Create(handler, Budget("Dataverse", 0));
        var clock = Stopwatch.StartNew();

        var records = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Get(harness, "Dataverse")));

        Assert.All(records, r => Assert.Equal(Id, r?.Id));
        Assert.Equal(10, handler.CallCount);
        Assert.True(clock.Elapsed < Window / 2, $"10 requests took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task ARetry_SpendsTheBudgetToo()
    {
        var handler = Script(_ => Answer("Dataverse"), _ => Error(HttpStatusCode.TooManyRequests, "0x80072322", retryAfter: "0"), _ => Answer("Dataverse"));
        await using var harness = PipelineHarness.Create(handler, Budget("Dataverse", 1));
        await WarmUpAsync(harness, "Dataverse", handler);

        var record = await Get(harness, "Dataverse");

        Assert.Equal(Id, record?.Id);
        var calls = handler.Calls.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.True(calls[1].At - calls[0].At >= Window - ClockSlack, $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task EachService_HasItsOwnBudget()
    {
        var handler = new FakeServiceHandler((request, _, _) =>
            Task.FromResult(Answer(request.RequestUri!.Host == "dv.test" ? "Dataverse" : "BusinessCentral")));
        var settings = new Dictionary<string, string?>(Budget("BusinessCentral", 1)) { ["Dataverse:RequestsPerWindow"] = "1", ["Dataverse:RequestWindow"] = "00:00:01" };
        await using var harness = PipelineHarness.Create(handler, settings);
        var clock = Stopwatch.StartNew();

        await Get(harness, "BusinessCentral");
        await Get(harness, "Dataverse");

        Assert.Equal(2, handler.CallCount);
        Assert.True(clock.Elapsed < Window / 2, $"one request to each service took {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Defaults_AreTheServicesDocumentedLimits()
    {
        var options = new DataverseOptions();

        Assert.Equal(6000, options.RequestsPerWindow);
        Assert.Equal(TimeSpan.FromMinutes(5), options.RequestWindow);
    }

    [Theory]
    [InlineData("RequestsPerWindow", "-1")]
    [InlineData("RequestWindow", "00:00:00")]
    [InlineData("RequestWindow", "02:00:00")]
    public async Task OutOfRangeSettings_StopTheClientFromBeingBuilt(string key, string value)
    {
        await using var harness = PipelineHarness.Create(Script(_ => Answer("Dataverse")), new Dictionary<string, string?> { [$"Dataverse:{key}"] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => harness.Dataverse);

        Assert.Contains(key, failure.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// One call through the pipeline and the handler, then a wait until its permit is back: a first call spends tens of
    /// milliseconds compiling between taking its permit and reaching the handler, which would blur the times measured.
    /// </summary>
    private static async Task WarmUpAsync(PipelineHarness harness, string section, FakeServiceHandler handler)
    {
        await Get(harness, section);
        await Task.Delay(Window * 1.1, Ct);
        handler.Calls.Clear();
    }

    private static Dictionary<string, string?> Budget(string section, int requests) => new()
    {
        [$"{section}:RequestsPerWindow"] = requests.ToString(CultureInfo.InvariantCulture),
        [$"{section}:RequestWindow"] = Window.ToString("c", CultureInfo.InvariantCulture),
        [$"{section}:AttemptTimeout"] = "00:00:05",
    };

    private static Task<EntityRecord?> Get(PipelineHarness harness, string section) => section == "Dataverse"
        ? harness.Dataverse.GetAsync(CustomerMapping.Accounts, Id, [], Ct)
        : ((IRecordClient)harness.BusinessCentral).GetAsync(CustomerMapping.Customers, Id, [], Ct);

    private static HttpResponseMessage Answer(string section) => section == "Dataverse"
        ? Entity(HttpStatusCode.OK, "accountid", "modifiedon", Id)
        : Entity(HttpStatusCode.OK, "id", "lastModifiedDateTime", Id, "displayName");
}
