using System.Globalization;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Sandbox.Tests.ChangeTracking;
using Microsoft.Extensions.DependencyInjection;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Webhooks;

public sealed class WebhookTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly TestClock _clock = new();
    private SandboxHost _host = null!;
    private WebhookReceiver _receiver = null!;

    private static string Subscriptions => Bc + "subscriptions";

    private static string UkResource => $"/api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/customers";

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _host = await SandboxHost.StartAsync(
            ["--Sandbox:Webhooks:NotificationDelay=00:00:00.100", "--Sandbox:Webhooks:CollectionThreshold=2", "--Sandbox:Webhooks:RetryDelay=00:00:00.100"],
            b => b.Services.AddSingleton<TimeProvider>(_clock));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    private async Task<JsonObject> SubscribeAsync(string resource, int expectedStatus = 201)
    {
        using var response = await _host.SendAsync(HttpMethod.Post, Subscriptions, new { notificationUrl = _receiver.Url, resource, clientState = "secret" });
        return await ReadAsync(response, expectedStatus);
    }

    private async Task PatchCustomerAsync(Guid id, object changes)
    {
        using var response = await _host.SendAsync(HttpMethod.Patch, $"{UkCustomers}({id})", changes, ("If-Match", "*"));
        await ReadAsync(response, 200);
    }

    [Fact]
    public async Task Post_HandshakeEchoed_201WithExpirationInThreeDays()
    {
        var created = await SubscribeAsync(UkResource);

        var id = (string)created["subscriptionId"]!;
        var expiration = DateTimeOffset.Parse((string)created["expirationDateTime"]!, CultureInfo.InvariantCulture);
        Assert.Equal(1, _receiver.Handshakes);
        Assert.Equal(32, id.Length);
        Assert.InRange(expiration - _clock.GetUtcNow(), TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        Assert.StartsWith("W/\"", (string)created["@odata.etag"]!, StringComparison.Ordinal);
        Assert.Equal("secret", (string)(await _host.GetJsonAsync($"{Subscriptions}('{id}')"))["clientState"]!);
        Assert.Contains((await _host.GetJsonAsync(Subscriptions))["value"]!.AsArray(), s => (string)s!["subscriptionId"]! == id);
    }

    [Fact]
    public async Task Post_HandshakeWrongToken_400AndNothingStored()
    {
        _receiver.EchoToken = false;

        using var response = await _host.SendAsync(HttpMethod.Post, Subscriptions, new { notificationUrl = _receiver.Url, resource = UkResource });
        await ErrorAsync(response, 400);

        Assert.Empty((await _host.GetJsonAsync(Subscriptions))["value"]!.AsArray());
    }

    [Theory]
    [InlineData("contacts")]
    [InlineData("salespeoplePurchasers")]
    public async Task Post_UnsupportedResource_400(string set)
    {
        using var response = await _host.SendAsync(HttpMethod.Post, Subscriptions,
            new { notificationUrl = _receiver.Url, resource = $"/api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/{set}" });

        var (code, _) = await ErrorAsync(response, 400);

        Assert.Equal("BadRequest", code);
        Assert.Equal(0, _receiver.Handshakes);
    }

    [Fact]
    public async Task Change_ToSubscribedResource_NotifiedAfterDelay()
    {
        var subscription = await SubscribeAsync(UkResource);

        await PatchCustomerAsync(SandboxSeed.DeerfieldCustomerId, new { city = "Notified" });
        var notification = await _receiver.NextAsync(Wait);

        var entry = notification!["value"]!.AsArray().Single()!;
        Assert.Equal((string)subscription["subscriptionId"]!, (string)entry["subscriptionId"]!);
        Assert.Equal("secret", (string)entry["clientState"]!);
        Assert.Equal("updated", (string)entry["changeType"]!);
        Assert.Equal($"api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/customers({SandboxSeed.DeerfieldCustomerId})", (string)entry["resource"]!);
        Assert.NotNull(entry["expirationDateTime"]);
        Assert.NotNull(entry["lastModifiedDateTime"]);
    }

    [Fact]
    public async Task Changes_OverThreshold_OneCollectionNotification()
    {
        await SubscribeAsync(UkResource);
        var requests = Enumerable.Range(0, 3).Select(i => new
        {
            id = $"{i}", method = "POST", url = $"companies({SandboxSeed.CronusUkCompanyId})/customers", body = new { displayName = $"Many {i}" },
        });
        using var batch = await _host.SendAsync(HttpMethod.Post, Bc + "$batch", new { requests });
        await ReadAsync(batch, 200);

        var notification = await _receiver.NextAsync(Wait);

        var entry = notification!["value"]!.AsArray().Single()!;
        Assert.Equal("collection", (string)entry["changeType"]!);
        Assert.StartsWith(UkResource + "?$filter=lastModifiedDateTime", (string)entry["resource"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notification_Answered410_SubscriptionDeleted()
    {
        var id = (string)(await SubscribeAsync(UkResource))["subscriptionId"]!;
        _receiver.NotificationStatus = 410;

        await PatchCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { city = "Gone" });
        Assert.NotNull(await _receiver.NextAsync(Wait));

        await WaitUntilAsync(async () => (await _host.SendAsync(HttpMethod.Get, $"{Subscriptions}('{id}')")).StatusCode == System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Patch_Renew_HandshakeAndNewExpirationIfMatchRequired()
    {
        var created = await SubscribeAsync(UkResource);
        var url = $"{Subscriptions}('{(string)created["subscriptionId"]!}')";
        _clock.Advance(TimeSpan.FromDays(1));

        using var missing = await _host.SendAsync(HttpMethod.Patch, url, new { });
        using var renewed = await _host.SendAsync(HttpMethod.Patch, url, new { }, ("If-Match", (string)created["@odata.etag"]!));
        using var stale = await _host.SendAsync(HttpMethod.Patch, url, new { }, ("If-Match", (string)created["@odata.etag"]!));

        Assert.Equal("BadRequest_InvalidToken", (await ErrorAsync(missing, 400)).Code);
        var body = await ReadAsync(renewed, 200);
        Assert.Equal(2, _receiver.Handshakes);
        var expected = DateTimeOffset.Parse((string)created["expirationDateTime"]!, CultureInfo.InvariantCulture) + TimeSpan.FromDays(1);
        var actual = DateTimeOffset.Parse((string)body["expirationDateTime"]!, CultureInfo.InvariantCulture);
        Assert.InRange(actual - expected, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal("Request_EntityChanged", (await ErrorAsync(stale, 409)).Code);
    }

    [Fact]
    public async Task Expired_Subscription_NotNotified()
    {
        await SubscribeAsync(UkResource);
        _clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));

        await PatchCustomerAsync(SandboxSeed.SelangorianCustomerId, new { city = "Silent" });

        Assert.Null(await _receiver.NextAsync(TimeSpan.FromMilliseconds(800)));
    }

    [Fact]
    public async Task Delete_WithIfMatch_204AndGone()
    {
        var created = await SubscribeAsync($"/api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/currencies");
        var url = $"{Subscriptions}('{(string)created["subscriptionId"]!}')";

        using var deleted = await _host.SendAsync(HttpMethod.Delete, url, null, ("If-Match", "*"));
        using var get = await _host.SendAsync(HttpMethod.Get, url);

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(404, (int)get.StatusCode);
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow + Wait;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "Condition not met in time.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
