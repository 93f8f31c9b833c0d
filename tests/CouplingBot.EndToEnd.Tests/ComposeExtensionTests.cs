using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>The compose box over /api/messages: search customers and contacts, unfurl record links.</summary>
public sealed class ComposeExtensionTests(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await fixture.ResetAsync();
        (await fixture.Stack.Sandbox.DeleteAsync("_sandbox/faults")).EnsureSuccessStatusCode();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Search_ByName_FindsTheCustomerCaseInsensitively_WithItsRecordCard()
    {
        var result = await SearchAsync("cANNON");

        var attachment = Assert.Single(Attachments(result));
        Assert.Equal("Customer 10000 · The Cannon Group PLC", Preview(attachment).GetProperty("title").GetString());
        Assert.Equal("Business Central customer · not coupled", Preview(attachment).GetProperty("subtitle").GetString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Contains("Not coupled to a Sales account", CardText.Joined(card), StringComparison.Ordinal);
        Assert.Equal([CardVerbs.ShowSetUpCoupling], CardText.Verbs(card));
        Assert.Equal("application/vnd.microsoft.card.thumbnail", attachment.GetProperty("preview").GetProperty("contentType").GetString());
    }

    [Fact]
    public async Task Search_ByNumberPrefix_ListsNumberMatchesFirst()
    {
        var result = await SearchAsync("1000");

        var titles = Attachments(result).Select(a => Preview(a).GetProperty("title").GetString()).ToList();
        Assert.Equal(["Customer 10000 · The Cannon Group PLC", "Customer 100000 · Litware Supplies UK"], titles);
    }

    [Fact]
    public async Task Search_Contacts_ByNumberAndByName()
    {
        var byName = Attachments(await SearchAsync("teal"));
        var teal = Assert.Single(byName);
        Assert.Equal("Contact CT000006 · Mr. Andy Teal", Preview(teal).GetProperty("title").GetString());
        Assert.Contains("Not coupled to a Sales contact", CardText.Joined(teal.GetProperty("content")), StringComparison.Ordinal);

        var byNumber = Attachments(await SearchAsync("ct00000"));
        Assert.InRange(byNumber.Count, 2, 10);
        Assert.All(byNumber, a => Assert.StartsWith("Contact CT00000", Preview(a).GetProperty("title").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_ManyMatches_AreCappedAtTen()
    {
        var customers = $"bc/v2.0/sandbox/production/api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/customers";
        for (var i = 1; i <= 12; i++)
        {
            (await fixture.Stack.Sandbox.PostAsJsonAsync(customers, new { number = $"Z{i:000}", displayName = $"Zephyr Trading {i}" }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        }

        Assert.Equal(10, Attachments(await SearchAsync("zephyr")).Count);
    }

    [Fact]
    public async Task Search_CoupledCustomer_ShowsItsCoupling()
    {
        await CoupleCannonAsync();

        var attachment = Assert.Single(Attachments(await SearchAsync("Cannon")));

        Assert.Equal("Business Central customer · coupled to Sales account Cannon Group", Preview(attachment).GetProperty("subtitle").GetString());
        Assert.Equal([CardVerbs.ShowSync, CardVerbs.RemoveCoupling], CardText.Verbs(attachment.GetProperty("content")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("  y  ")]
    public async Task Search_TooShort_AsksForTwoCharacters_WithoutAskingBusinessCentral(string text)
    {
        var result = await SearchAsync(text);

        Assert.Equal("message", result.GetProperty("type").GetString());
        Assert.StartsWith("Type at least 2 characters", result.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Empty(await fixture.Stack.JournalAsync("bc"));
    }

    [Fact]
    public async Task Search_NothingFound_SaysSo()
    {
        var result = await SearchAsync("zzqq");

        Assert.Equal("message", result.GetProperty("type").GetString());
        Assert.Contains("\"zzqq\"", result.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_QuotesInTheText_AreQuotedNotRefused()
    {
        var result = await SearchAsync("O'Brien");

        Assert.Equal("message", result.GetProperty("type").GetString());
        Assert.StartsWith("No customer or contact", result.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.All(await fixture.Stack.JournalAsync("bc"), e => Assert.Equal(200, e.GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task Search_BusinessCentralFailing_IsAMessage_NeverAnError()
    {
        (await fixture.Stack.Sandbox.PostAsJsonAsync("_sandbox/faults", new { service = "bc", status = 503 }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var result = await SearchAsync("cannon");

        Assert.Equal("message", result.GetProperty("type").GetString());
        Assert.Contains("can't search right now", result.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_BusinessCentralTooSlow_IsAnsweredWithinTeamsDeadline()
    {
        (await fixture.Stack.Sandbox.PostAsJsonAsync("_sandbox/faults", new { service = "bc", latencyMs = 8000 }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var result = await SearchAsync("cannon");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"answered after {clock.Elapsed}");
        Assert.Equal("message", result.GetProperty("type").GetString());
        Assert.Contains("can't search right now", result.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://businesscentral.dynamics.com/?company=CRONUS%20UK%20Ltd.&page=21&filter='No.'%20IS%20'20000'")]
    [InlineData("https://businesscentral.dynamics.com/tenant/Production/?page=22&filter=No.%20eq%20'20000'")]
    public async Task Link_BusinessCentralCustomer_UnfurlsIntoItsRecordCard(string url)
    {
        var attachment = Assert.Single(Attachments(await LinkAsync(url)));

        Assert.StartsWith("Customer 20000 · Selangorian Ltd.", CardText.Joined(attachment.GetProperty("content")), StringComparison.Ordinal);
        Assert.Equal("Customer 20000 · Selangorian Ltd.", Preview(attachment).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Link_BusinessCentralContact_UnfurlsIntoTheContactCard()
    {
        var attachment = Assert.Single(Attachments(await LinkAsync("https://businesscentral.dynamics.com/?page=5050&filter='No.' IS 'CT000006'")));

        Assert.StartsWith("Contact CT000006 · Mr. Andy Teal", CardText.Joined(attachment.GetProperty("content")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_CoupledSalesAccount_UnfurlsIntoTheCoupledCustomersCard()
    {
        await CoupleCannonAsync();

        var attachment = Assert.Single(Attachments(await LinkAsync(SalesAccountUrl(SandboxSeed.CannonGroupAccountId))));

        var text = CardText.Joined(attachment.GetProperty("content"));
        Assert.StartsWith("Customer 10000 · The Cannon Group PLC", text, StringComparison.Ordinal);
        Assert.Contains("Coupled to Sales account Cannon Group", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_SalesAccountNotCoupled_SaysSo()
    {
        var attachment = Assert.Single(Attachments(await LinkAsync(SalesAccountUrl(SandboxSeed.FourthCoffeeAccountId))));

        var text = CardText.Joined(attachment.GetProperty("content"));
        Assert.StartsWith("Fourth Coffee (sample)", text, StringComparison.Ordinal);
        Assert.Contains("Not coupled to a Business Central customer", text, StringComparison.Ordinal);
        Assert.Equal("Dynamics 365 Sales account · not coupled", Preview(attachment).GetProperty("subtitle").GetString());
    }

    [Theory]
    [InlineData("https://www.example.com/customers/10000")]
    [InlineData("https://businesscentral.dynamics.com/?page=21&filter='No.' IS '99999'")]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=account&id=7d3f0c55-0000-4000-8000-000000000001")]
    [InlineData("not a url at all")]
    public async Task Link_UnknownOrMissing_IsAnEmptyResult(string url)
    {
        var result = await LinkAsync(url);

        Assert.Equal("result", result.GetProperty("type").GetString());
        Assert.Empty(Attachments(result));
    }

    [Theory]
    [InlineData("composeExtension/querySettingUrl")]
    [InlineData("composeExtension/submitAction")]
    public async Task OtherComposeInvokes_GetAPlainMessage(string name)
    {
        var result = (await fixture.Stack.Bot.InvokeAsync(Invoke(name, new { commandId = "findRecords" }))).GetProperty("composeExtension");

        Assert.Equal("message", result.GetProperty("type").GetString());
        Assert.Contains("no settings", result.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> SearchAsync(string text) =>
        (await fixture.Stack.Bot.InvokeAsync(Invoke("composeExtension/query", new
        {
            commandId = "findRecords",
            parameters = new[] { new { name = "searchText", value = text } },
            queryOptions = new { skip = 0, count = 25 },
        }))).GetProperty("composeExtension");

    private async Task<JsonElement> LinkAsync(string url) =>
        (await fixture.Stack.Bot.InvokeAsync(Invoke("composeExtension/queryLink", new { url }))).GetProperty("composeExtension");

    private Task CoupleCannonAsync() =>
        fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "false", direction = "toSales" }));

    private static string SalesAccountUrl(Guid id) =>
        $"https://contoso.crm4.dynamics.com/main.aspx?appid=0b1c2d3e-0000-4000-8000-000000000000&pagetype=entityrecord&etn=account&id=%7B{id}%7D";

    private static List<JsonElement> Attachments(JsonElement result) => [.. result.GetProperty("attachments").EnumerateArray()];

    private static JsonElement Preview(JsonElement attachment) => attachment.GetProperty("preview").GetProperty("content");

    // A compose-box invoke as Teams sends it from a personal chat.
    private Dictionary<string, object?> Invoke(string name, object value) => new()
    {
        ["type"] = "invoke",
        ["name"] = name,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = fixture.Connector.ServiceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new { id = "user-1", name = "Alex Wilber" },
        ["recipient"] = new { id = "bot-1", name = "CouplingBot" },
        ["conversation"] = new { id = "a:personal-chat-1", conversationType = "personal" },
        ["value"] = value,
    };
}
