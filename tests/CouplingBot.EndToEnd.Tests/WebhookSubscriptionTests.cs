using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Testing;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// With <c>Webhooks:NotificationUrl</c> set, the bot subscribes itself in Business Central (the sandbox), a change
/// then reaches Sales through the notification, a subscription deleted on Business Central's side comes back at the
/// next round, and Business Central refusing is only retried later.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class WebhookSubscriptionTests(WebhookSubscriptionTests.SelfSubscribingStack fixture) : IClassFixture<WebhookSubscriptionTests.SelfSubscribingStack>
{
    private const string Secret = "test-client-state";
    private const string Subscriptions = "bc/v2.0/sandbox/production/api/v2.0/subscriptions";

    [Fact]
    public async Task NotificationUrlSet_BotSubscribesItself_WakesTheSync_AndRecreatesADeletedSubscription()
    {
        var ct = TestContext.Current.CancellationToken;
        var (stack, connector, notificationUrl) = (fixture.Stack, fixture.Connector, fixture.NotificationUrl);

        // Another app's subscription (here: another URL that also answers the handshake) must survive every round.
        using var other = await stack.Sandbox.PostAsJsonAsync(Subscriptions, new
        {
            notificationUrl = notificationUrl + "?app=other",
            resource = $"/api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/customers",
            clientState = Secret,
        }, ct);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        var otherId = (await other.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("subscriptionId").GetString();

        var first = await WaitForOursAsync(stack, notificationUrl, exceptId: null, ct);
        Assert.EndsWith($"/companies({SandboxSeed.CronusUkCompanyId})/customers", first.GetProperty("resource").GetString(), StringComparison.Ordinal);
        Assert.Equal(Secret, first.GetProperty("clientState").GetString());
        var expires = DateTimeOffset.Parse(first.GetProperty("expirationDateTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires, DateTimeOffset.UtcNow.AddDays(2.9), DateTimeOffset.UtcNow.AddDays(3.1));

        await stack.Bot.InvokeAsync(Activities.CardAction(connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "true", direction = "toSales" }));
        await stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { phoneNumber = "+44 121 555 0888" });
        Assert.Equal("+44 121 555 0888", await WaitForPhoneAsync(stack, "+44 121 555 0888", ct));

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Subscriptions}('{first.GetProperty("subscriptionId").GetString()}')");
        delete.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.NoContent, (await stack.Sandbox.SendAsync(delete, ct)).StatusCode);

        var second = await WaitForOursAsync(stack, notificationUrl, exceptId: first.GetProperty("subscriptionId").GetString(), ct);
        Assert.EndsWith("/customers", second.GetProperty("resource").GetString(), StringComparison.Ordinal);
        var all = await ListAsync(stack, ct);
        Assert.Single(all, s => s.GetProperty("notificationUrl").GetString() == notificationUrl);
        Assert.Contains(all, s => s.GetProperty("subscriptionId").GetString() == otherId);
    }

    [Fact]
    public async Task BusinessCentralRefusing_IsRetriedOnLaterRounds_AndNeverStopsTheBot()
    {
        var ct = TestContext.Current.CancellationToken;
        var (stack, notificationUrl) = (fixture.Stack, fixture.NotificationUrl);
        var first = await WaitForOursAsync(stack, notificationUrl, exceptId: null, ct);

        // Listing fails once (500 is not retried by the client), then creating is refused twice, as when the handshake fails.
        (await stack.Sandbox.PostAsJsonAsync("_sandbox/faults", new { service = "bc", method = "GET", pathContains = "/subscriptions", status = 500, count = 1 }, ct)).EnsureSuccessStatusCode();
        (await stack.Sandbox.PostAsJsonAsync("_sandbox/faults", new { service = "bc", method = "POST", pathContains = "/subscriptions", status = 400, count = 2 }, ct)).EnsureSuccessStatusCode();
        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Subscriptions}('{first.GetProperty("subscriptionId").GetString()}')");
        delete.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.Equal(HttpStatusCode.NoContent, (await stack.Sandbox.SendAsync(delete, ct)).StatusCode);

        // The test lists only once the bot has met every fault, so its own requests never take one.
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (await FaultsLeftAsync(stack, ct) > 0 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(100, ct);
        }

        Assert.Equal(0, await FaultsLeftAsync(stack, ct));
        await WaitForOursAsync(stack, notificationUrl, exceptId: first.GetProperty("subscriptionId").GetString(), ct);
        Assert.Equal(HttpStatusCode.OK, (await stack.Bot.GetAsync("health", ct)).StatusCode);
    }

    private static async Task<JsonElement> WaitForOursAsync(LocalStack stack, string notificationUrl, string? exceptId, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (true)
        {
            var ours = (await ListAsync(stack, ct)).Where(s =>
                s.GetProperty("notificationUrl").GetString() == notificationUrl && s.GetProperty("subscriptionId").GetString() != exceptId).ToList();
            if (ours.Count > 0 || DateTimeOffset.UtcNow > deadline)
            {
                return Assert.Single(ours);
            }

            await Task.Delay(100, ct);
        }
    }

    private static async Task<int> FaultsLeftAsync(LocalStack stack, CancellationToken ct)
    {
        var faults = await stack.Sandbox.GetFromJsonAsync<JsonElement>("_sandbox/faults", ct);
        var rules = faults.ValueKind == JsonValueKind.Array ? faults : faults.GetProperty("value");
        return rules.EnumerateArray().Sum(r => r.GetProperty("remaining").GetInt32());
    }

    private static async Task<IReadOnlyList<JsonElement>> ListAsync(LocalStack stack, CancellationToken ct) =>
        [.. (await stack.Sandbox.GetFromJsonAsync<JsonElement>(Subscriptions, ct)).GetProperty("value").EnumerateArray()];

    private static async Task<string?> WaitForPhoneAsync(LocalStack stack, string expected, CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        string? phone = null;
        while (DateTimeOffset.UtcNow < deadline && phone != expected)
        {
            await Task.Delay(200, ct);
            phone = (await stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString();
        }

        return phone;
    }

    /// <summary>
    /// One stack for the class whose bot subscribes itself: it listens on a port chosen beforehand, so its notification
    /// URL is known when it starts. Rounds run every 300 ms, notifications leave the sandbox after 200 ms, and the
    /// scheduled incremental sync waits an hour, so only a notification can bring a change across in time.
    /// </summary>
    public sealed class SelfSubscribingStack : IAsyncLifetime
    {
        internal LocalStack Stack { get; private set; } = null!;

        internal FakeConnector Connector { get; private set; } = null!;

        internal string NotificationUrl { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var port = FreePort.Next();
            NotificationUrl = $"http://127.0.0.1:{port}/api/webhooks/businesscentral";
            Stack = await LocalStack.StartAsync(
                ["--Sandbox:Webhooks:NotificationDelay=00:00:00.200"],
                ["--urls", $"http://127.0.0.1:{port}", $"--Webhooks:NotificationUrl={NotificationUrl}", $"--Webhooks:ClientState={Secret}",
                    "--Webhooks:CheckInterval=00:00:00.300", "--IncrementalSync:Interval=01:00:00"]);
            Connector = await FakeConnector.StartAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Connector.DisposeAsync();
            await Stack.DisposeAsync();
        }
    }
}
