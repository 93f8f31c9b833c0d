using System.Net;
using System.Net.Http.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// A change in Business Central reaches Sales in seconds: the sandbox's webhook notifies the bot,
/// which wakes the incremental sync. The schedule is an hour here, so only the notification can do it.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class WebhookTests
{
    private const string Secret = "test-client-state";

    [Fact]
    public async Task CustomerEditedInBusinessCentral_ReachesSales_WithoutAnyoneAsking()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var stack = await LocalStack.StartAsync(
            ["--Sandbox:Webhooks:NotificationDelay=00:00:00.200"],
            [$"--Webhooks:ClientState={Secret}", "--IncrementalSync:Interval=01:00:00"]);
        await using var connector = await FakeConnector.StartAsync();
        await stack.Bot.InvokeAsync(Activities.CardAction(connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "true", direction = "toSales" }));

        using var subscribed = await stack.Sandbox.PostAsJsonAsync("bc/v2.0/sandbox/production/api/v2.0/subscriptions", new
        {
            notificationUrl = new Uri(stack.BotUrl, "api/webhooks/businesscentral").ToString(),
            resource = $"/api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/customers",
            clientState = Secret,
        }, ct);
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);

        await stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { phoneNumber = "+44 121 555 0777" });

        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        string? phone = null;
        while (DateTimeOffset.UtcNow < deadline && phone != "+44 121 555 0777")
        {
            await Task.Delay(200, ct);
            phone = (await stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString();
        }

        Assert.Equal("+44 121 555 0777", phone);
        Assert.Contains(await stack.JournalAsync("dataverse", "POST"), e => e.GetProperty("pathAndQuery").GetString()!.Contains("$batch", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Handshake_EchoesTheToken_AndForgedNotificationsAreRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var stack = await LocalStack.StartAsync([], [$"--Webhooks:ClientState={Secret}"]);

        using var handshake = await stack.Bot.PostAsync("api/webhooks/businesscentral?validationToken=abc%20123", null, ct);
        Assert.Equal("abc 123", await handshake.Content.ReadAsStringAsync(ct));

        using var forged = await stack.Bot.PostAsJsonAsync("api/webhooks/businesscentral", new
        {
            value = new[] { new { subscriptionId = "x", clientState = "guess", resource = "/api/v2.0/companies(1)/customers(2)", changeType = "updated" } },
        }, ct);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);

        using var malformed = await stack.Bot.PostAsync("api/webhooks/businesscentral", new StringContent("{ nope", System.Text.Encoding.UTF8, "application/json"), ct);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }
}
