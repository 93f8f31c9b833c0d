using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// Contacts get the customers' answers to a sync that can't simply go through: the conflict card when both sides
/// changed (its buttons come back to the contact), and, when the contact's company is not coupled, the failure with
/// what to do; the dependency card's <b>Couple and synchronize again</b> works for a contact too.
/// </summary>
/// <remarks>
/// A contact's only lookup is its company (a company contact, resolved to the customer related to it). The engine
/// offers Sales candidates only for lookups keyed by the related record's number (salespeople, currencies), so a
/// contact whose company is not coupled gets the failure card that names the company, not candidates.
/// </remarks>
public sealed class ContactConflictAndDependencyTests(StackFixture fixture) : StackTest(fixture)
{
    private static readonly Guid AndyTeal = SandboxSeed.AndyTealContactId;

    [Fact]
    public async Task SyncContactBothWays_WhenBothSidesChanged_ShowsTheConflictCard_AndKeepSalesWritesBusinessCentral()
    {
        await InvokeAsync(CardVerbs.SetUpCoupling, new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "false", direction = "toSales" });
        Assert.Contains("Coupled to Sales contact", CardText.Joined(await CoupleAndyTealAsync(sync: true)), StringComparison.Ordinal);
        await Fixture.Stack.EditBusinessCentralAsync("contacts", SandboxSeed.AndyTealBcContactId, new { jobTitle = "Head of Purchasing" });
        await Fixture.Stack.EditSalesAsync("contacts", AndyTeal, new { jobtitle = "Chief Buyer" });
        Fixture.Connector.Clear();

        await SendAsync("sync contact CT000006 both ways");

        var card = Activities.CardOf(await Fixture.Connector.NextAsync())!.Value;
        var text = CardText.Joined(card);
        Assert.Contains("Both sides changed", text, StringComparison.Ordinal);
        Assert.Contains("Contact CT000006", text, StringComparison.Ordinal);
        Assert.Contains("Head of Purchasing", text, StringComparison.Ordinal);
        Assert.Contains("Chief Buyer", text, StringComparison.Ordinal);
        Assert.Equal([CardVerbs.DecideConflicts, CardVerbs.DecideConflicts, CardVerbs.DecideConflicts], CardText.Verbs(card));
        var keepSales = CardText.Data(card, CardVerbs.DecideConflicts)[2];
        Assert.Equal(ConflictDecisionData.Sales, keepSales.GetProperty("keep").GetString());
        Assert.Equal("contact", keepSales.GetProperty("recordKind").GetString());

        var result = await InvokeAsync(CardVerbs.DecideConflicts, keepSales);

        Assert.Contains("Synchronized: both ways", CardText.Joined(result), StringComparison.Ordinal);
        Assert.Equal("Chief Buyer", (await Fixture.Stack.BusinessCentralAsync("contacts", SandboxSeed.AndyTealBcContactId)).GetProperty("jobTitle").GetString());
        var done = Activities.TextOf(await Fixture.Connector.NextAsync());
        Assert.StartsWith("Synchronization of contact CT000006 finished (both ways): 1 field changed in Business Central: Job title.", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyncContact_WhoseCompanyIsNotCoupled_SaysWhichCompany_AndCoupleAndSynchronizeAgainFixesIt()
    {
        await CoupleAndyTealAsync(sync: false);
        Fixture.Connector.Clear();

        await SendAsync("sync contact CT000006 to sales");

        var text = CardText.Joined(Activities.CardOf(await Fixture.Connector.NextAsync())!.Value);
        Assert.Contains("The synchronization failed", text, StringComparison.Ordinal);
        Assert.Contains("company CT000001 is not coupled to a Sales account", text, StringComparison.Ordinal);
        Assert.Contains("send \"sync contact CT000006\" again", text, StringComparison.Ordinal);
        Assert.Empty(await Fixture.Stack.JournalAsync("dataverse", "PATCH"));

        // What the dependency card sends for a contact: couple the company's customer, then synchronize the contact again.
        var result = await InvokeAsync(CardVerbs.CoupleDependency, new Dictionary<string, string>
        {
            ["mapping"] = "CUSTOMER", ["key"] = "10000", ["recordKind"] = "contact", ["number"] = "CT000006",
            [CardInputIds.Direction] = "toSales", [CardInputIds.SalesId] = SandboxSeed.CannonGroupAccountId.ToString(),
        });

        Assert.Contains("Synchronized", CardText.Joined(result), StringComparison.Ordinal);
        Assert.Contains("Contact CT000006", CardText.Joined(result), StringComparison.Ordinal);
        Assert.Equal("CUSTOMER 10000 is now coupled; contact CT000006 was synchronized again.", Activities.TextOf(await Fixture.Connector.NextAsync()));
        var contact = await Fixture.Stack.Sandbox.GetFromJsonAsync<JsonElement>($"dataverse/api/data/v9.2/contacts({AndyTeal})", TestContext.Current.CancellationToken);
        Assert.Equal(SandboxSeed.CannonGroupAccountId.ToString(), contact.GetProperty("_parentcustomerid_value").GetString());
    }

    private Task<JsonElement> CoupleAndyTealAsync(bool sync) => InvokeAsync(CardVerbs.SetUpCoupling, new
    {
        customerNumber = "CT000006", recordKind = "contact", accountId = AndyTeal.ToString(), syncAfterCoupling = sync ? "true" : "false", direction = "toSales",
    });
}
