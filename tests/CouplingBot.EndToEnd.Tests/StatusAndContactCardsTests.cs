using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// <c>status</c> lists the requester's latest jobs (and <c>status all</c> everyone's); contacts answer with
/// the record, set-up, synchronize and result cards, and their buttons come back to the contact handlers.
/// </summary>
public sealed class StatusAndContactCardsTests(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await fixture.ResetAsync();
        fixture.Connector.Clear();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Status_AfterAJob_ListsItWithItsButton_AndStatusAllListsItToo()
    {
        await Send("sync customers 10000 20000 to sales");
        var confirm = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        var started = await Invoke(CardVerbs.ConfirmJob, DataOf(confirm, CardVerbs.ConfirmJob));
        var jobId = DataOf(started, CardVerbs.RefreshJob).GetProperty("jobId").GetString()!;
        await UntilFinishedAsync(started);

        // The job's end is also told in the chat (the completion notifier): wait for it, so it isn't taken for the answer to "status".
        while (!Activities.TextOf(await fixture.Connector.NextAsync()).Contains("finished", StringComparison.Ordinal))
        {
        }

        fixture.Connector.Clear();

        await Send("status");
        var mine = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        await Send("status all");
        var everyone = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;

        Assert.Contains("Your latest jobs", CardText.Joined(mine), StringComparison.Ordinal);
        Assert.Contains("Synchronize 2 customers (Business Central -> Sales)", CardText.Joined(mine), StringComparison.Ordinal);
        Assert.Contains("Finished with problems", CardText.Joined(mine), StringComparison.Ordinal);
        Assert.Equal(jobId, DataOf(mine, CardVerbs.JobDetails).GetProperty("jobId").GetString());
        Assert.Contains("Latest jobs", CardText.Joined(everyone), StringComparison.Ordinal);
        Assert.Contains("Synchronize 2 customers (Business Central -> Sales)", CardText.Joined(everyone), StringComparison.Ordinal);

        var details = CardText.Joined(await Invoke(CardVerbs.JobDetails, DataOf(mine, CardVerbs.JobDetails)));
        Assert.Contains("Customer 20000", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoupleContact_RanksSalesContacts_AndSetUpCouplesIt_ThenShowAndSyncUseCards()
    {
        await Send("couple contact CT000006");
        var reply = await fixture.Connector.NextAsync();
        Assert.True(Activities.CardOf(reply).HasValue, reply.ToString());
        var setUp = Activities.CardOf(reply)!.Value;
        Assert.Contains("Sales contacts that may be this contact", CardText.Joined(setUp), StringComparison.Ordinal);
        var best = CardText.Choices(setUp, CardInputIds.AccountId)[0];
        Assert.Equal(SandboxSeed.AndyTealContactId.ToString(), best.Value);
        Assert.Contains("Andy Teal", best.Title, StringComparison.Ordinal);
        var data = DataOf(setUp, CardVerbs.SetUpCoupling);
        Assert.Equal("contact", data.GetProperty("recordKind").GetString());

        var coupled = await Invoke(CardVerbs.SetUpCoupling, new
        {
            customerNumber = "CT000006", recordKind = "contact", accountId = best.Value, syncAfterCoupling = "false", direction = "toSales",
        });
        Assert.Contains("Coupled to Sales contact Andy Teal", CardText.Joined(coupled), StringComparison.Ordinal);
        Assert.Equal([CardVerbs.ShowSync, CardVerbs.RemoveCoupling], CardText.Verbs(coupled));
        Assert.Equal("Contact CT000006 is now coupled to Sales contact Andy Teal.", Activities.TextOf(await fixture.Connector.NextAsync()));

        await Send("show contact CT000006");
        var shown = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.Contains("Coupled to Sales contact Andy Teal", CardText.Joined(shown), StringComparison.Ordinal);

        var sync = await Invoke(CardVerbs.ShowSync, DataOf(shown, CardVerbs.ShowSync));
        Assert.Contains("Synchronize contact CT000006", CardText.Joined(sync), StringComparison.Ordinal);
        Assert.Equal([CardVerbs.SyncNow], CardText.Verbs(sync));
        Assert.Equal("contact", DataOf(sync, CardVerbs.SyncNow).GetProperty("recordKind").GetString());
    }

    [Fact]
    public async Task SyncContact_ToSales_AnswersWithTheResultCardAndACompletionMessage()
    {
        // The contact's company (CT000001, customer 10000) must be coupled for the Company lookup.
        await Invoke(CardVerbs.SetUpCoupling, new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "false", direction = "toSales" });
        await Invoke(CardVerbs.SetUpCoupling, new
        {
            customerNumber = "CT000006", recordKind = "contact", accountId = SandboxSeed.AndyTealContactId.ToString(), syncAfterCoupling = "false", direction = "toSales",
        });
        fixture.Connector.Clear();

        await Send("sync contact CT000006 to sales");

        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.True(CardText.Joined(card).Contains("Contact CT000006", StringComparison.Ordinal), CardText.Joined(card));
        Assert.Contains("Synchronization of contact CT000006 finished", Activities.TextOf(await fixture.Connector.NextAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContactRecordCard_Uncouple_RemovesTheContactCoupling()
    {
        var coupled = await Invoke(CardVerbs.SetUpCoupling, new
        {
            customerNumber = "CT000006", recordKind = "contact", accountId = SandboxSeed.AndyTealContactId.ToString(), syncAfterCoupling = "false", direction = "toSales",
        });

        var removed = await Invoke(CardVerbs.RemoveCoupling, DataOf(coupled, CardVerbs.RemoveCoupling));

        Assert.Contains("Contact CT000006 is no longer coupled", CardText.Joined(removed), StringComparison.Ordinal);
    }

    private async Task UntilFinishedAsync(JsonElement card)
    {
        for (var i = 0; i < 60 && CardText.Verbs(card).Contains(CardVerbs.RefreshJob); i++)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            card = await Invoke(CardVerbs.RefreshJob, DataOf(card, CardVerbs.RefreshJob));
        }

        Assert.DoesNotContain(CardText.Verbs(card), v => v == CardVerbs.RefreshJob);
    }

    private async Task<JsonElement> Invoke(string verb, object data)
    {
        var response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, verb, data));
        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        return response.GetProperty("value");
    }

    private Task Send(string text) =>
        fixture.Stack.Bot.PostAsJsonAsync("api/messages", Activities.Message(fixture.Connector.ServiceUrl, text), TestContext.Current.CancellationToken);

    // The data of the first Action.Execute with the verb anywhere in the card.
    private static JsonElement DataOf(JsonElement card, string verb) =>
        Find(card, verb) ?? throw new InvalidOperationException($"The card has no {verb} button.");

    private static JsonElement? Find(JsonElement element, string verb)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" && element.TryGetProperty("verb", out var v) && v.GetString() == verb)
            {
                return element.GetProperty("data");
            }

            return element.EnumerateObject().Select(p => Find(p.Value, verb)).FirstOrDefault(f => f is not null);
        }

        return element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().Select(e => Find(e, verb)).FirstOrDefault(f => f is not null) : null;
    }
}
