using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// The one-record commands in the personal chat of the local Teams client, over its HTTP API: help and what the
/// bot makes of unknown or mistyped messages, finding by name, uncoupling, undoing a sync and the contact commands.
/// </summary>
public sealed class CommandsOverHttpTests(PlaygroundStackFixture fixture) : PlaygroundTest(fixture)
{
    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        var help = await Chat.SendForCardAsync("help", "What I can do", Cancellation);

        foreach (var command in new[] { "couple customer 10000", "find customer cannon", "sync all customers", "match customers", "undo sync customer 10000", "status JOBID" })
        {
            Assert.Contains(command, help.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownCommand_GetsTheHelpCardWithAnApology()
    {
        var seen = Chat.Seen();

        var apology = await Chat.SendAsync("flibbertigibbet 42", a => a.Contains("didn't understand"), Cancellation);
        var help = await Chat.NextAsync(seen, a => a.HasAdaptiveCard, Cancellation);

        Assert.StartsWith("Sorry, I didn't understand that.", apology.Text, StringComparison.Ordinal);
        Assert.Contains("What I can do", ShownCard.Of(help).Text, StringComparison.Ordinal);
        Assert.Contains("couple customer 10000", ShownCard.Of(help).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typo_AsksDidYouMean_AndDoesNothing()
    {
        var answer = await Chat.SendAsync("coupel customer 10000", a => a.Contains("Did you mean"), Cancellation);

        Assert.Equal("Did you mean \"couple customer 10000\"? Send \"help\" to see everything I can do.", answer.Text);
        Assert.False(answer.HasAdaptiveCard);
        Assert.Empty(await Stack.CouplingRowsAsync());
    }

    [Fact]
    public async Task FindByName_SeveralMatches_PickCard_PickingOneShowsItsRecordCard()
    {
        var pick = await Chat.SendForCardAsync("find customers LTD", "customers match", Cancellation);
        Assert.Contains("3 customers match \"ltd\"", pick.Text, StringComparison.Ordinal);
        Assert.Contains("Selangorian Ltd.", pick.Text, StringComparison.Ordinal);
        Assert.Contains("Trey Research Ltd", pick.Text, StringComparison.Ordinal);
        Assert.Equal(3, pick.Verbs.Count(v => v == CardVerbs.PickRecord));

        var record = await Chat.PressAsync(pick, CardVerbs.PickRecord, cancellationToken: Cancellation);

        Assert.Equal(pick.MessageId, record.MessageId);
        Assert.Contains("Customer 20000 · Selangorian Ltd.", record.Text, StringComparison.Ordinal);
        Assert.Contains("Not coupled to a Sales account", record.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uncouple_AsksFirst_ThenRemovesTheCoupling()
    {
        await Chat.CoupleAsync("customer", "10000", SandboxSeed.CannonGroupAccountId, cancellationToken: Cancellation);
        Assert.Contains(await CouplingRowsAsync("CUSTOMER"), r => r.RowKey == $"bc|{SandboxSeed.CannonGroupCustomerId}");

        var confirm = await Chat.SendForCardAsync("uncouple customer 10000", "Uncouple customer 10000?", Cancellation);
        Assert.NotEmpty(await CouplingRowsAsync("CUSTOMER"));
        var done = await Chat.PressAsync(confirm, CardVerbs.ConfirmUncouple, cancellationToken: Cancellation);

        Assert.Contains("Not coupled to a Sales account", done.Text, StringComparison.Ordinal);
        Assert.Empty(await CouplingRowsAsync("CUSTOMER"));
        Assert.Equal("Cannon Group", (await Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("name").GetString()); // no data is deleted
    }

    [Fact]
    public async Task UndoSync_WritesTheOldValueBackToSales()
    {
        await Chat.CoupleAsync("customer", "10000", SandboxSeed.CannonGroupAccountId, sync: true, Cancellation);
        var before = (await Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString();
        await Stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { phoneNumber = "+44 121 555 0199" });
        var synced = await Chat.SendAsync("sync customer 10000 to sales", a => a.Contains("finished"), Cancellation);
        Assert.Equal("Synchronization of customer 10000 finished (Business Central -> Sales): 1 field changed in Sales: Phone.", synced.Text);
        Assert.Equal("+44 121 555 0199", (await Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString());

        var undone = await Chat.SendAsync("undo sync customer 10000", a => a.Contains("Undone") || a.Contains("undo"), Cancellation);

        Assert.StartsWith("Undone: the last sync of customer 10000 is reversed in Sales", undone.Text, StringComparison.Ordinal);
        Assert.Equal(before, (await Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString());
    }

    [Fact]
    public async Task CoupleContact_ThenSyncContact_SetsItsCompanyInSales()
    {
        // The contact's company (CT000001, customer 10000) is coupled first, for the Company lookup.
        await Chat.CoupleAsync("customer", "10000", SandboxSeed.CannonGroupAccountId, cancellationToken: Cancellation);
        await Stack.EditSalesAsync("contacts", SandboxSeed.AndyTealContactId, new Dictionary<string, object?> { ["parentcustomerid_account@odata.bind"] = null });

        var coupled = await Chat.CoupleAsync("contact", "CT000006", SandboxSeed.AndyTealContactId, cancellationToken: Cancellation);
        Assert.Contains("Coupled to Sales contact Andy Teal", coupled.Text, StringComparison.Ordinal);
        var done = await Chat.SendAsync("sync contact CT000006 to sales", a => a.Contains("finished"), Cancellation);

        Assert.StartsWith("Synchronization of contact CT000006 finished (Business Central -> Sales)", done.Text, StringComparison.Ordinal);
        Assert.Contains(await CouplingRowsAsync("CONTACT"), r => r.GetString("SalesId") == SandboxSeed.AndyTealContactId.ToString() && r.GetString("BusinessCentralNumber") == "CT000006");
        var contact = await Stack.Sandbox.GetFromJsonAsync<JsonElement>($"dataverse/api/data/v9.2/contacts({SandboxSeed.AndyTealContactId})", Cancellation);
        Assert.Equal(SandboxSeed.CannonGroupAccountId.ToString(), contact.GetProperty("_parentcustomerid_value").GetString());
    }
}
