using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Testing.AdaptiveCards;
using CouplingBot.Testing.Playground;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// The walking skeleton in the real local Teams client (Microsoft 365 Agents Playground), driven
/// over its HTTP conversation API: couple customer 10000, set up the coupling with sync, edit the
/// customer in Business Central, sync again and read the completion message.
/// </summary>
public sealed class ScenarioOverHttpTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task CoupleThenSync_InThePlayground_CouplesStoresAndReportsWhatChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var stack = await LocalStack.StartAsync();
        await using var playground = await PlaygroundServer.StartAsync(new Uri(stack.BotUrl, "api/messages"), ct);
        await using var client = await PlaygroundClient.ConnectAsync(playground.BaseUrl, ct);
        var chat = client.Conversations.PersonalChatId;
        var cards = new List<JsonElement>();

        // 1. couple customer 10000 -> the set-up card with ranked candidates.
        await client.SendMessageAsync(chat, "couple customer 10000", cancellationToken: ct);
        var setUp = await client.WaitForActivityAsync(a => a.HasAdaptiveCard && a.Contains("The Cannon Group PLC"), Wait, ct);
        var setUpCard = setUp.AdaptiveCards.Single();
        cards.Add(setUpCard);
        Assert.Equal(SandboxSeed.CannonGroupAccountId.ToString(), CardText.Choices(setUpCard, CardInputIds.AccountId)[0].Value);

        // 2. Set Up Coupling with "Synchronize after coupling", Business Central -> Sales: the card is replaced.
        var replaced = await client.ExecuteActionAsync(chat, setUp.MessageId, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "true", direction = "toSales" }, ct);
        var coupledCard = replaced.GetProperty("value");
        cards.Add(coupledCard);
        Assert.Contains("Coupled to Sales account", CardText.Joined(coupledCard), StringComparison.Ordinal);
        await client.WaitForActivityAsync(a => a.Contains("10 fields changed in Sales"), Wait, ct);

        // The coupling is in Azure Table Storage; the account carries the customer's name and address.
        var rows = await stack.CouplingRowsAsync();
        Assert.Contains(rows, r => r.RowKey == $"bc|{SandboxSeed.CannonGroupCustomerId}" && r.GetString("SalesId") == SandboxSeed.CannonGroupAccountId.ToString());
        var account = await stack.AccountAsync(SandboxSeed.CannonGroupAccountId);
        Assert.Equal("The Cannon Group PLC", account.GetProperty("name").GetString());
        Assert.Equal("192 Market Square", account.GetProperty("address1_line1").GetString());

        // 3. Someone edits the customer in Business Central; "sync customer 10000", Business Central -> Sales.
        await stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { phoneNumber = "+44 121 555 0199" });
        await client.SendMessageAsync(chat, "sync customer 10000", cancellationToken: ct);
        var syncCard = await client.WaitForActivityAsync(a => a.HasAdaptiveCard && CardText.Verbs(a.AdaptiveCards.Single()).Contains(CardVerbs.SyncNow), Wait, ct);
        cards.Add(syncCard.AdaptiveCards.Single());
        var result = await client.ExecuteActionAsync(chat, syncCard.MessageId, CardVerbs.SyncNow, new { customerNumber = "10000", direction = "toSales" }, ct);
        cards.Add(result.GetProperty("value"));

        // 4. The completion message says what changed, and only that field was sent.
        var done = await client.WaitForActivityAsync(a => a.Contains("1 field changed"), Wait, ct);
        Assert.Equal("Synchronization of customer 10000 finished (Business Central -> Sales): 1 field changed in Sales: Phone.", done.Text);
        Assert.Equal("+44 121 555 0199", (await stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString());
        var lastPatch = (await stack.JournalAsync("dataverse", "PATCH"))[^1];
        Assert.Equal(["telephone1"], JsonDocument.Parse(lastPatch.GetProperty("body").GetString()!).RootElement.EnumerateObject().Select(p => p.Name));

        // Every card of the scenario passes the official renderer with the Teams host config.
        var checks = await AdaptiveCardRenderer.CheckAsync(cards, ct);
        Assert.All(checks, c => Assert.True(c.IsValid, string.Join("; ", c.Errors)));
    }
}
