using System.Net;
using System.Net.Http.Json;
using System.Text;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>Bad input gets a clear answer and writes nothing.</summary>
public sealed class BadInputTests(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await fixture.ResetAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task UnknownCustomer_SaysItDoesntExist_AndWritesNothing()
    {
        await Send("couple customer 99999");

        Assert.StartsWith("Customer 99999 doesn't exist in Business Central.", Activities.TextOf(await fixture.Connector.NextAsync()), StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task CoupleAlone_AsksWhichCustomer()
    {
        await Send("couple");

        Assert.StartsWith("Which customer?", Activities.TextOf(await fixture.Connector.NextAsync()), StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Gibberish_GetsTheHelpCard()
    {
        await Send("flibbertigibbet 42");

        var reply = await fixture.Connector.NextAsync();
        Assert.Contains("didn't understand", Activities.TextOf(reply), StringComparison.Ordinal);
        Assert.Contains("couple customer 10000", CardText.Joined(Activities.CardOf(reply)!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CouplingAnAccountCoupledToAnotherCustomer_IsRefused_NamingTheCoupling()
    {
        await Couple("10000");
        var rowsBefore = await fixture.Stack.CouplingRowsAsync();

        var response = await Couple("20000");

        var text = CardText.Joined(response.GetProperty("value"));
        Assert.Contains("already coupled to customer 10000", text, StringComparison.Ordinal);
        Assert.Equal(rowsBefore.Select(r => r.RowKey).Order(), (await fixture.Stack.CouplingRowsAsync()).Select(r => r.RowKey).Order());
    }

    [Fact]
    public async Task CouplingACustomerTwice_IsRefused_NamingTheAccount()
    {
        await Couple("10000");

        var response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonIndustriesAccountId.ToString(), syncAfterCoupling = "false", direction = "toSales" }));

        Assert.Contains("already coupled to Sales account Cannon Group", CardText.Joined(response.GetProperty("value")), StringComparison.Ordinal);
        Assert.Equal(2, (await fixture.Stack.CouplingRowsAsync()).Count);
    }

    [Fact]
    public async Task InactiveAccount_IsRefused_WithTheFilterInWords()
    {
        var response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "40000", accountId = SandboxSeed.DeerfieldAccountId.ToString(), syncAfterCoupling = "false", direction = "toSales" }));

        Assert.Contains("only accounts that are active can", CardText.Joined(response.GetProperty("value")), StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task ForgedCardData_NamingUnknownRecords_GetsAClearAnswer()
    {
        var response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = Guid.NewGuid().ToString(), syncAfterCoupling = "true", direction = "toSales" }));

        Assert.Contains("That Sales account doesn't exist", CardText.Joined(response.GetProperty("value")), StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task CardActionWithoutData_Is400InTheInvokeResponse()
    {
        var response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SyncNow, new { }));

        Assert.Equal(400, response.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", response.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("{ not json", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"couple customer 10000\"}", HttpStatusCode.BadRequest)]
    [InlineData("[1,2,3]", HttpStatusCode.BadRequest)]
    public async Task MalformedActivities_Are400_NeverProcessed(string body, HttpStatusCode expected)
    {
        using var response = await fixture.Stack.Bot.PostAsync("api/messages", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(fixture.Connector.All);
    }

    [Fact]
    public async Task OversizedBody_IsRefusedBeforeReading()
    {
        // "Expect: 100-continue" lets the bot refuse on the declared length before any of the body is
        // sent; without it the client may still be uploading when the refused connection closes.
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(new string('x', 1024 * 1024), Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true;

        using var response = await fixture.Stack.Bot.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(fixture.Connector.All);
    }

    [Fact]
    public async Task ServiceUrlOffThisMachine_IsRefusedInLocalMode()
    {
        using var response = await fixture.Stack.Bot.PostAsJsonAsync("api/messages", Activities.Message(new Uri("https://attacker.example/"), "help"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private Task Send(string text) =>
        fixture.Stack.Bot.PostAsJsonAsync("api/messages", Activities.Message(fixture.Connector.ServiceUrl, text));

    private Task<System.Text.Json.JsonElement> Couple(string number) =>
        fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = number, accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "false", direction = "toSales" }));

    private async Task AssertNothingWrittenAsync()
    {
        Assert.Empty(await fixture.Stack.CouplingRowsAsync());
        var journal = (await fixture.Stack.JournalAsync("bc")).Concat(await fixture.Stack.JournalAsync("dataverse"));
        Assert.All(journal, entry => Assert.Equal("GET", entry.GetProperty("method").GetString()));
    }
}
