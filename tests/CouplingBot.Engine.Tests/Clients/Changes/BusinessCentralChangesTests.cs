using System.Collections.Concurrent;
using System.Net;
using CouplingBot.Engine.BusinessCentral;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Tests.Clients.Batch;
using CouplingBot.Engine.Tests.Resilience;
using static CouplingBot.Engine.Tests.Clients.Batch.CapturedRequest;

namespace CouplingBot.Engine.Tests.Clients.Changes;

/// <summary>Business Central's incremental pull and webhook subscriptions on the wire.</summary>
public sealed class BusinessCentralChangesTests
{
    private const string SubscriptionId = "c670ea73cacb459bb51dc1740da2f1db";
    private const string Resource = $"/api/v2.0/companies({PipelineHarness.CompanyId})/customers";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("2026-01-02T03:04:05+00:00", "lastModifiedDateTime gt 2026-01-02T03:04:05Z")]
    [InlineData("2026-01-02T04:04:05.123+01:00", "lastModifiedDateTime gt 2026-01-02T03:04:05.123Z")]
    public void GreaterThan_IsAnUnquotedUtcLiteral(string watermark, string expected) =>
        Assert.Equal(expected, ODataFilter.GreaterThan("lastModifiedDateTime", DateTimeOffset.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task ModifiedSince_FiltersOnLastModified_AndFollowsPages()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, (_, call) => FakeServiceHandler.Json(HttpStatusCode.OK, new Dictionary<string, object?>
        {
            ["value"] = new[] { new Dictionary<string, string> { ["@odata.etag"] = "W/\"1\"", ["id"] = $"5c6e1d3a-0000-4000-8000-00000000000{call}", ["lastModifiedDateTime"] = "2026-01-03T00:00:00Z" } },
            ["@odata.nextLink"] = call == 1 ? "https://bc.test/v2.0/contoso/production/api/v2.0/next" : null,
        })));

        var records = await DataverseChangesTests.ToListAsync(harness.BusinessCentral.ModifiedSinceAsync(
            CustomerMapping.Customers, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ["displayName"], Ct));

        Assert.Equal(2, records.Count);
        var first = requests.First();
        Assert.Equal("lastModifiedDateTime gt 2026-01-02T03:04:05Z", Uri.UnescapeDataString(first.Url.Query.Split("$filter=")[1]));
        Assert.Contains($"companies({PipelineHarness.CompanyId})/customers?$select=id,lastModifiedDateTime,displayName", first.Url.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_CreateRenewListDelete_SpeakTheDocumentedFormat()
    {
        var requests = new ConcurrentQueue<CapturedRequest>();
        await using var harness = PipelineHarness.Create(Recording(requests, r => r.Method == HttpMethod.Delete
            ? new HttpResponseMessage(HttpStatusCode.NoContent)
            : FakeServiceHandler.Json(r.Method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK,
                r.Method == HttpMethod.Get ? new { value = new[] { Subscription() } } : Subscription())));
        var subscriptions = harness.Subscriptions;

        var created = await subscriptions.CreateAsync(new Uri("https://bot.test/api/bc-notifications"), CustomerMapping.Customers, "secret", Ct);
        var renewed = await subscriptions.RenewAsync(created, Ct);
        var listed = await subscriptions.ListAsync(Ct);
        await subscriptions.DeleteAsync(created.Id, created.ETag, Ct);

        var calls = requests.ToArray();
        Assert.Equal("https://bc.test/v2.0/contoso/production/api/v2.0/subscriptions", calls[0].Url.AbsoluteUri);
        Assert.Equal($"{{\"notificationUrl\":\"https://bot.test/api/bc-notifications\",\"resource\":\"{Resource}\",\"clientState\":\"secret\"}}", calls[0].Body);
        Assert.Equal(HttpMethod.Patch, calls[1].Method);
        Assert.Equal($"https://bc.test/v2.0/contoso/production/api/v2.0/subscriptions('{SubscriptionId}')", calls[1].Url.AbsoluteUri);
        Assert.Equal("W/\"JzQ0Oyc=\"", calls[1].Headers["If-Match"]);
        Assert.Equal(calls[0].Body, calls[1].Body);
        Assert.Equal(HttpMethod.Delete, calls[3].Method);
        Assert.Equal("W/\"JzQ0Oyc=\"", calls[3].Headers["If-Match"]);
        Assert.Equal(new BusinessCentralSubscription(SubscriptionId, new Uri("https://bot.test/api/bc-notifications"), Resource, "secret",
            new DateTimeOffset(2026, 1, 4, 12, 0, 0, TimeSpan.Zero), "W/\"JzQ0Oyc=\""), created);
        Assert.Equal(created, renewed);
        Assert.Equal(created, Assert.Single(listed));
    }

    private static Dictionary<string, string> Subscription() => new()
    {
        ["@odata.etag"] = "W/\"JzQ0Oyc=\"",
        ["subscriptionId"] = SubscriptionId,
        ["notificationUrl"] = "https://bot.test/api/bc-notifications",
        ["resource"] = Resource,
        ["clientState"] = "secret",
        ["expirationDateTime"] = "2026-01-04T12:00:00Z",
    };
}
