using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// The full command set through /api/messages with the real sandbox, Azurite and job worker: records
/// by name, bulk sync as a confirmed job, uncouple after a confirmation, match-based coupling's dry
/// run, undo, errors, contacts, help.
/// </summary>
public sealed class CommandSetTests(StackFixture fixture) : IClassFixture<StackFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        await fixture.ResetAsync();
        fixture.Connector.Clear();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task FindByName_SeveralMatches_GetsAPickCard_AndPickingShowsTheRecord()
    {
        await Send("find customers LTD");

        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        var text = CardText.Joined(card);
        Assert.Contains("3 customers match \"ltd\"", text, StringComparison.Ordinal);
        Assert.Contains("Selangorian Ltd.", text, StringComparison.Ordinal);
        Assert.Contains("Trey Research Ltd", text, StringComparison.Ordinal);

        var picked = await Invoke(CardVerbs.PickRecord, DataOf(card, CardVerbs.PickRecord, 0));

        Assert.Contains("Customer 20000 · Selangorian Ltd.", CardText.Joined(picked), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CoupleByName_OneMatch_GoesStraightToTheSetUpCard()
    {
        await Send("couple customer cannon");

        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.Contains("The Cannon Group PLC", CardText.Joined(card), StringComparison.Ordinal);
        Assert.Equal([CardVerbs.SetUpCoupling, CardVerbs.CreateInSales], CardText.Verbs(card));
    }

    [Fact]
    public async Task FindByName_NoMatch_SaysSo()
    {
        await Send("find customer zebracorn");

        Assert.StartsWith("No customer in Business Central has \"zebracorn\" in its name.", Activities.TextOf(await fixture.Connector.NextAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncSeveralCustomers_AsksFirst_ThenRunsAJobWhoseCardEndsWithCounters()
    {
        await CoupleCannonAsync();
        await Send("sync customers 10000 20000 to sales");

        var confirm = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.Contains("Synchronize 2 customers?", CardText.Joined(confirm), StringComparison.Ordinal);
        Assert.Equal([CardVerbs.ConfirmJob, CardVerbs.CancelJob], CardText.Verbs(confirm));

        var started = await Invoke(CardVerbs.ConfirmJob, DataOf(confirm, CardVerbs.ConfirmJob));
        Assert.Contains("Synchronize 2 customers (Business Central -> Sales)", CardText.Joined(started), StringComparison.Ordinal);

        var final = await UntilFinishedAsync(started);
        var text = CardText.Joined(final);
        Assert.Contains("Job finished with problems", text, StringComparison.Ordinal);
        Assert.Contains("Records | 2", text, StringComparison.Ordinal);

        // 20000 is not coupled: the details card names it with the reason.
        var details = CardText.Joined(await Invoke(CardVerbs.JobDetails, DataOf(final, CardVerbs.JobDetails)));
        Assert.Contains("Customer 20000", details, StringComparison.Ordinal);
        Assert.Contains("coupled", details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncWithoutDirection_PreviewsTheChangesFieldByField_AndWritesNothing()
    {
        await CoupleCannonAsync();
        await fixture.Stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { phoneNumber = "+44 121 555 0142" });
        var patches = (await fixture.Stack.JournalAsync("dataverse", "PATCH")).Count;

        await Send("sync customer 10000");

        var text = CardText.Joined(Activities.CardOf(await fixture.Connector.NextAsync())!.Value);
        Assert.Contains("Business Central -> Sales would change 1 field", text, StringComparison.Ordinal);
        Assert.Contains("-> +44 121 555 0142", text, StringComparison.Ordinal);
        Assert.Equal(patches, (await fixture.Stack.JournalAsync("dataverse", "PATCH")).Count);
    }

    [Fact]
    public async Task SyncBothWays_WhenBothSidesChanged_ShowsTheConflictCard_AndAPerFieldChoiceWins()
    {
        await CoupleCannonAsync();
        await fixture.Stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { phoneNumber = "+44 121 555 0111" });
        await EditAccountAsync(SandboxSeed.CannonGroupAccountId, new { telephone1 = "+44 121 555 0222" });

        await Send("sync customer 10000 both ways");

        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        var text = CardText.Joined(card);
        Assert.Contains("Both sides changed", text, StringComparison.Ordinal);
        Assert.Contains("+44 121 555 0111", text, StringComparison.Ordinal);
        Assert.Contains("+44 121 555 0222", text, StringComparison.Ordinal);
        Assert.Equal([CardVerbs.DecideConflicts, CardVerbs.DecideConflicts, CardVerbs.DecideConflicts], CardText.Verbs(card));

        var result = await Invoke(CardVerbs.DecideConflicts, new Dictionary<string, string>
        {
            ["customerNumber"] = "10000", ["keep"] = ConflictDecisionData.PerField, [CardInputIds.DecisionPrefix + "phoneNumber"] = ConflictDecisionData.Sales,
        });

        Assert.Contains("Synchronized: both ways", CardText.Joined(result), StringComparison.Ordinal);
        var customer = await fixture.Stack.Sandbox.GetFromJsonAsync<JsonElement>(
            $"bc/v2.0/sandbox/production/api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/customers({SandboxSeed.CannonGroupCustomerId})", TestContext.Current.CancellationToken);
        Assert.Equal("+44 121 555 0222", customer.GetProperty("phoneNumber").GetString());
    }

    [Fact]
    public async Task SyncFailingOnAnUncoupledSalesperson_OffersTheSalesUsers_AndCouplingOneSynchronizesAgain()
    {
        // Customer 70000's salesperson OF (Otis Falls) has no Sales user with the same e-mail, so it can't couple itself.
        await Send("create customer 70000");
        fixture.Connector.Clear();

        await Send("sync customer 70000 to sales");

        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.Contains("Salesperson OF is not coupled", CardText.Joined(card), StringComparison.Ordinal);
        Assert.Contains("Lina Townsend", CardText.Joined(card), StringComparison.Ordinal);
        Assert.Equal([CardVerbs.CoupleDependency], CardText.Verbs(card));
        var data = DataOf(card, CardVerbs.CoupleDependency);

        var result = await Invoke(CardVerbs.CoupleDependency, new Dictionary<string, string>
        {
            ["mapping"] = data.GetProperty("mapping").GetString()!, ["key"] = "OF", ["recordKind"] = "customer", ["number"] = "70000",
            [CardInputIds.Direction] = "toSales", [CardInputIds.SalesId] = SandboxSeed.SystemUserId("Lina Townsend").ToString(),
        });

        Assert.Contains("Synchronized", CardText.Joined(result), StringComparison.Ordinal);
        var salespeople = (await fixture.Stack.CouplingRowsAsync()).Where(r => r.PartitionKey.EndsWith("|SALESPEOPLE", StringComparison.Ordinal)).ToList();
        Assert.Contains(salespeople, r => r.GetString("SalesId") == SandboxSeed.SystemUserId("Lina Townsend").ToString() && r.GetString("BusinessCentralNumber") == "OF");
    }

    [Fact]
    public async Task CreateNewInSales_FromTheSetUpCard_CreatesAndCouplesTheAccount()
    {
        await Send("couple customer 70000");

        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.Contains(CardVerbs.CreateInSales, CardText.Verbs(card));

        var result = await Invoke(CardVerbs.CreateInSales, DataOf(card, CardVerbs.CreateInSales));

        Assert.Contains("was created and is now coupled to customer 70000", CardText.Joined(result), StringComparison.Ordinal);
        Assert.Contains(await CustomerRowsAsync(), r => r.GetString("BusinessCentralNumber") == "70000");
    }

    [Fact]
    public async Task SyncAll_Cancelled_StartsNothing()
    {
        await Send("sync all customers");
        var confirm = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;

        var cancelled = await Invoke(CardVerbs.CancelJob, DataOf(confirm, CardVerbs.CancelJob));

        Assert.Contains("Nothing was started", CardText.Joined(cancelled), StringComparison.Ordinal);
        Assert.Empty(await fixture.Stack.JournalAsync("dataverse", "PATCH"));
    }

    [Fact]
    public async Task Uncouple_AsksFirst_ThenRemovesTheCoupling()
    {
        await CoupleCannonAsync();
        await Send("uncouple customer 10000");

        var confirm = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.Contains("Uncouple customer 10000?", CardText.Joined(confirm), StringComparison.Ordinal);
        Assert.Equal(2, (await CustomerRowsAsync()).Count);

        var done = await Invoke(CardVerbs.ConfirmUncouple, DataOf(confirm, CardVerbs.ConfirmUncouple));

        Assert.Contains("Not coupled to a Sales account", CardText.Joined(done), StringComparison.Ordinal);
        Assert.Empty(await CustomerRowsAsync());
    }

    [Fact]
    public async Task MatchCustomers_DryRunListsTheMatches_AndWritesNothing()
    {
        await Send("match customers");

        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        var text = CardText.Joined(card);
        Assert.Contains("Match customers: dry run", text, StringComparison.Ordinal);
        Assert.Contains("Would be coupled", text, StringComparison.Ordinal);
        Assert.Contains("Left alone", text, StringComparison.Ordinal);
        Assert.Equal([CardVerbs.ConfirmJob, CardVerbs.CancelJob], CardText.Verbs(card));
        Assert.Empty(await fixture.Stack.CouplingRowsAsync());
    }

    [Fact]
    public async Task UndoSync_WritesTheOldValueBack()
    {
        await CoupleCannonAsync();
        var before = (await fixture.Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString();
        await fixture.Stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { phoneNumber = "+44 121 555 0199" });
        await Send("sync customer 10000 to sales");
        await fixture.Connector.NextAsync();
        fixture.Connector.Clear();
        Assert.Equal("+44 121 555 0199", (await fixture.Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString());

        await Send("undo sync customer 10000");

        Assert.StartsWith("Undone: the last sync of customer 10000 is reversed in Sales", Activities.TextOf(await fixture.Connector.NextAsync()), StringComparison.Ordinal);
        Assert.Equal(before, (await fixture.Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString());
    }

    [Fact]
    public async Task UndoSync_NeverSynced_SaysThereIsNothingToUndo()
    {
        await Send("undo sync customer 30000");

        Assert.StartsWith("There is no sync of customer 30000 to undo", Activities.TextOf(await fixture.Connector.NextAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_NoneFailed_SaysSo()
    {
        await Send("errors");

        Assert.Contains("No customer's last sync failed.", CardText.Joined(Activities.CardOf(await fixture.Connector.NextAsync())!.Value), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowContact_NotCoupled_ShowsTheRecordCardWithSetUpCoupling()
    {
        await Send("show contact ct000006");

        var card = Activities.CardOf(await fixture.Connector.NextAsync())!.Value;
        Assert.Contains("Contact CT000006 · ", CardText.Joined(card), StringComparison.Ordinal);
        Assert.Contains("Not coupled to a Sales contact", CardText.Joined(card), StringComparison.Ordinal);
        Assert.Equal([CardVerbs.ShowSetUpCoupling], CardText.Verbs(card));
    }

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        await Send("<at>CouplingBot</at> HELP!");

        var text = CardText.Joined(Activities.CardOf(await fixture.Connector.NextAsync())!.Value);
        foreach (var command in new[] { "find customer cannon", "sync all customers", "match customers", "undo sync customer 10000", "errors / skipped", "status JOBID" })
        {
            Assert.Contains(command, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BulkUncouple_ExplainsWhatWorks()
    {
        await Send("uncouple all customers");

        Assert.StartsWith("Only sync works on all customers at once", Activities.TextOf(await fixture.Connector.NextAsync()), StringComparison.Ordinal);
    }

    private async Task<JsonElement> UntilFinishedAsync(JsonElement card)
    {
        for (var i = 0; i < 60 && CardText.Verbs(card).Contains(CardVerbs.RefreshJob); i++)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            card = await Invoke(CardVerbs.RefreshJob, DataOf(card, CardVerbs.RefreshJob));
        }

        Assert.DoesNotContain(CardText.Verbs(card), v => v == CardVerbs.RefreshJob);
        return card;
    }

    private async Task EditAccountAsync(Guid id, object changes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"dataverse/api/data/v9.2/accounts({id})") { Content = JsonContent.Create(changes) };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        (await fixture.Stack.Sandbox.SendAsync(request, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
    }

    private async Task CoupleCannonAsync()
    {
        var response = await Invoke(CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "true", direction = "toSales" });
        Assert.Contains("Coupled to Sales account", CardText.Joined(response), StringComparison.Ordinal);
        fixture.Connector.Clear();
    }

    private async Task<List<Azure.Data.Tables.TableEntity>> CustomerRowsAsync() =>
        [.. (await fixture.Stack.CouplingRowsAsync()).Where(r => r.PartitionKey.EndsWith("|CUSTOMER", StringComparison.Ordinal))];

    private async Task<JsonElement> Invoke(string verb, object data)
    {
        var response = await fixture.Stack.Bot.InvokeAsync(Activities.CardAction(fixture.Connector.ServiceUrl, verb, data));
        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        return response.GetProperty("value");
    }

    private Task Send(string text) =>
        fixture.Stack.Bot.PostAsJsonAsync("api/messages", Activities.Message(fixture.Connector.ServiceUrl, text), TestContext.Current.CancellationToken);

    // The data of the n-th Action.Execute with the verb anywhere in the card.
    private static JsonElement DataOf(JsonElement card, string verb, int index = 0)
    {
        var found = new List<JsonElement>();
        Collect(card, verb, found);
        return found[index];
    }

    private static void Collect(JsonElement element, string verb, List<JsonElement> found)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" && element.TryGetProperty("verb", out var v) && v.GetString() == verb)
            {
                found.Add(element.GetProperty("data"));
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, verb, found);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, verb, found);
            }
        }
    }
}
