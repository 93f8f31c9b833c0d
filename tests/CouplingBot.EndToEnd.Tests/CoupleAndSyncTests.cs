using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// The walking skeleton's scenario through /api/messages, with the real sandbox and Azurite:
/// couple customer 10000, set up the coupling with "synchronize after coupling", then sync.
/// </summary>
public sealed class CoupleAndSyncTests(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    private static readonly string CannonAccount = SandboxSeed.CannonGroupAccountId.ToString();

    public async ValueTask InitializeAsync() => await fixture.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task CoupleCustomer_ShowsTheSetUpCard_WithTheNearMatchFirst()
    {
        await Send("couple customer 10000");

        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.Contains("The Cannon Group PLC", CardText.Joined(card), StringComparison.Ordinal);
        Assert.Contains("Not coupled", CardText.Joined(card), StringComparison.OrdinalIgnoreCase);
        var accounts = CardText.Choices(card, CardInputIds.AccountId);
        Assert.Equal(CannonAccount, accounts[0].Value);
        Assert.StartsWith("Cannon Group", accounts[0].Title, StringComparison.Ordinal);
        Assert.Contains(accounts, a => a.Value == SandboxSeed.CannonIndustriesAccountId.ToString());
        Assert.Equal([CardVerbs.SetUpCoupling, CardVerbs.CreateInSales], CardText.Verbs(card));
    }

    [Fact]
    public async Task SetUpCoupling_WithSyncToSales_StoresBothRows_AndWritesOnlyChangedFields()
    {
        var response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = CannonAccount, syncAfterCoupling = "true", direction = "toSales" }));

        // The card is replaced in place by the coupled state.
        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", response.GetProperty("type").GetString());
        var card = response.GetProperty("value");
        Assert.Contains("Coupled to Sales account", CardText.Joined(card), StringComparison.Ordinal);
        Assert.Contains(CardVerbs.ShowSync, CardText.Verbs(card));

        // Forward and reverse rows, in one partition (the salesperson and currency the sync coupled by e-mail and ISO code have their own).
        var rows = (await fixture.Stack.CouplingRowsAsync()).Where(r => r.PartitionKey.EndsWith("|CUSTOMER", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Single(rows.Select(r => r.PartitionKey).Distinct());
        var forward = Assert.Single(rows, r => r.RowKey.StartsWith("bc|", StringComparison.Ordinal));
        Assert.Equal(CannonAccount, forward.GetString("SalesId"));
        Assert.Equal("10000", forward.GetString("BusinessCentralNumber"));
        Assert.Contains(rows, r => r.RowKey == "sales|" + CannonAccount);

        // The account now carries the customer's name and address.
        var account = await fixture.Stack.AccountAsync(SandboxSeed.CannonGroupAccountId);
        Assert.Equal("The Cannon Group PLC", account.GetProperty("name").GetString());
        Assert.Equal("192 Market Square", account.GetProperty("address1_line1").GetString());
        Assert.Equal("Birmingham", account.GetProperty("address1_city").GetString());
        Assert.Equal("B27 4KT", account.GetProperty("address1_postalcode").GetString());

        // One PATCH, with If-Match, holding exactly the fields that differed.
        var patch = Assert.Single(await fixture.Stack.JournalAsync("dataverse", "PATCH"));
        var sent = JsonDocument.Parse(patch.GetProperty("body").GetString()!).RootElement.EnumerateObject().Select(p => p.Name).Order();
        Assert.Equal(["accountnumber", "address1_country", "address1_line1", "creditlimit", "emailaddress1", "name", "ownerid@odata.bind", "telephone1",
            "transactioncurrencyid@odata.bind", "websiteurl"], sent);
        var body = JsonDocument.Parse(patch.GetProperty("body").GetString()!).RootElement;
        Assert.Equal(JsonValueKind.Number, body.GetProperty("creditlimit").ValueKind); // money as a number, not text
        Assert.Equal($"/systemusers({SandboxSeed.JimOliveUserId})", body.GetProperty("ownerid@odata.bind").GetString()); // JO, coupled by e-mail
        Assert.Empty(await fixture.Stack.JournalAsync("bc", "PATCH"));

        // And the person is told.
        var messages = new[] { await fixture.Connector.NextAsync(), await fixture.Connector.NextAsync() }.Select(Activities.TextOf).ToList();
        Assert.Contains(messages, m => m.Contains("now coupled to Sales account Cannon Group", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("10 fields changed in Sales", StringComparison.Ordinal) && m.Contains("Name, Address", StringComparison.Ordinal) && m.Contains("Salesperson", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyncCustomer_ShowsDirectionChoice_ThenSyncNowReportsWhatChanged()
    {
        await Couple("10000", CannonAccount, sync: false);
        fixture.Connector.Clear();

        await Send("sync customer 10000");
        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.Equal(["toSales", "fromSales"], CardText.Choices(card, CardInputIds.Direction).Select(c => c.Value));
        Assert.Equal([CardVerbs.SyncNow], CardText.Verbs(card));

        var response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SyncNow,
            new { customerNumber = "10000", direction = "toSales" }));

        Assert.Contains("The Cannon Group PLC", CardText.Joined(response.GetProperty("value")), StringComparison.Ordinal);
        var done = Activities.TextOf(await fixture.Connector.NextAsync());
        Assert.Contains("Synchronization of customer 10000 finished (Business Central -> Sales)", done, StringComparison.Ordinal);
        Assert.Contains("10 fields changed in Sales", done, StringComparison.Ordinal);

        // A second sync finds nothing to do and writes nothing.
        await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SyncNow, new { customerNumber = "10000", direction = "toSales" }));
        Assert.Contains("already in step", Activities.TextOf(await fixture.Connector.NextAsync()), StringComparison.Ordinal);
        Assert.Single(await fixture.Stack.JournalAsync("dataverse", "PATCH"));
    }

    [Fact]
    public async Task SyncFromSales_WritesTheAccountsValuesIntoBusinessCentral()
    {
        await Couple("10000", CannonAccount, sync: false);

        await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SyncNow,
            new { customerNumber = "10000", direction = "fromSales" }));

        var patch = Assert.Single(await fixture.Stack.JournalAsync("bc", "PATCH"));
        var body = JsonDocument.Parse(patch.GetProperty("body").GetString()!).RootElement;
        Assert.Equal("Cannon Group", body.GetProperty("displayName").GetString());
        Assert.False(body.TryGetProperty("number", out _), "number flows to Sales only");
        Assert.Empty(await fixture.Stack.JournalAsync("dataverse", "PATCH"));
    }

    private Task Send(string text) =>
        fixture.Stack.Bot.PostAsJsonAsync("api/messages", Activities.Message(fixture.Connector.ServiceUrl, text));

    private Task<JsonElement> Couple(string number, string accountId, bool sync) =>
        fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = number, accountId, syncAfterCoupling = sync ? "true" : "false", direction = "toSales" }));
}
