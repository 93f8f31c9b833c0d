using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// A record Sales keeps refusing is reported each time with the service's reason, skipped after the
/// same error twice (never silently), and synchronized again by "retry customer".
/// </summary>
public sealed class SyncFailureTests(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await fixture.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task RefusedTwice_IsSkipped_ThenRetryAfterTheFix_Synchronizes()
    {
        var ct = TestContext.Current.CancellationToken;
        await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "false", direction = "toSales" }));
        (await fixture.Stack.Sandbox.PostAsJsonAsync("_sandbox/faults",
            new { service = "dataverse", method = "PATCH", status = 400, code = "0x80040265", message = "A plug-in refused the change." }, ct)).EnsureSuccessStatusCode();

        var first = await SyncNowAsync();
        var second = await SyncNowAsync();
        var third = await SyncNowAsync();

        Assert.Contains("The synchronization failed", first, StringComparison.Ordinal);
        Assert.Contains("A plug-in refused the change.", first, StringComparison.Ordinal);
        Assert.Contains("retry customer 10000", second, StringComparison.Ordinal);
        Assert.Contains("Customer 10000 is skipped", third, StringComparison.Ordinal);
        Assert.Equal(2, (await fixture.Stack.JournalAsync("dataverse", "PATCH")).Count);

        (await fixture.Stack.Sandbox.DeleteAsync("_sandbox/faults", ct)).EnsureSuccessStatusCode();
        fixture.Connector.Clear();
        await fixture.Stack.Bot.PostAsJsonAsync("api/messages", Activities.Message(fixture.Connector.ServiceUrl, "retry customer 10000"), ct);

        var replies = new[] { await fixture.Connector.NextAsync(), await fixture.Connector.NextAsync() };
        Assert.Contains(replies, r => Activities.TextOf(r).Contains("10 fields changed in Sales", StringComparison.Ordinal));
        Assert.Equal("The Cannon Group PLC", (await fixture.Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task RetryOfACustomerThatIsNotSkipped_SaysSo()
    {
        await fixture.Stack.Bot.PostAsJsonAsync("api/messages", Activities.Message(fixture.Connector.ServiceUrl, "retry customer 10000"), TestContext.Current.CancellationToken);

        Assert.StartsWith("Customer 10000 isn't skipped", Activities.TextOf(await fixture.Connector.NextAsync()), StringComparison.Ordinal);
    }

    private async Task<string> SyncNowAsync()
    {
        JsonElement response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SyncNow,
            new { customerNumber = "10000", direction = "toSales" }));
        return CardText.Joined(response.GetProperty("value"));
    }
}
