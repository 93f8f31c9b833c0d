using System.Net.Http.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// Syncs that can't simply go through, in the personal chat of the local Teams client, over its HTTP API: the
/// conflict card when both sides changed, the dependency card when the salesperson is not coupled, and a record
/// Sales refused, listed by <c>errors</c> and retried from there.
/// </summary>
public sealed class ProblemsOverHttpTests(PlaygroundStackFixture fixture) : PlaygroundTest(fixture)
{
    [Fact]
    public async Task BothSidesChanged_ConflictCard_KeepSalesWritesBusinessCentral()
    {
        await Chat.CoupleAsync("customer", "10000", SandboxSeed.CannonGroupAccountId, sync: true, Cancellation);
        await Stack.EditCustomerAsync(SandboxSeed.CannonGroupCustomerId, new { phoneNumber = "+44 121 555 0111" });
        await Stack.EditSalesAsync("accounts", SandboxSeed.CannonGroupAccountId, new { telephone1 = "+44 121 555 0222" });

        var conflict = await Chat.SendForCardAsync("sync customer 10000 both ways", "Both sides changed", Cancellation);
        Assert.Contains("+44 121 555 0111", conflict.Text, StringComparison.Ordinal);
        Assert.Contains("+44 121 555 0222", conflict.Text, StringComparison.Ordinal);
        Assert.Equal([CardVerbs.DecideConflicts, CardVerbs.DecideConflicts, CardVerbs.DecideConflicts], conflict.Verbs);
        var seen = Chat.Seen();

        var decided = await Chat.PressAsync(conflict, CardVerbs.DecideConflicts, index: 2, cancellationToken: Cancellation);

        Assert.Contains("Synchronized: both ways", decided.Text, StringComparison.Ordinal);
        var done = await Chat.NextAsync(seen, a => a.Contains("finished"), Cancellation);
        Assert.StartsWith("Synchronization of customer 10000 finished (both ways): 1 field changed in Business Central: Phone", done.Text, StringComparison.Ordinal);
        Assert.Equal("+44 121 555 0222", (await Stack.BusinessCentralAsync("customers", SandboxSeed.CannonGroupCustomerId)).GetProperty("phoneNumber").GetString());
        Assert.Equal("+44 121 555 0222", (await Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString());
    }

    [Fact]
    public async Task SalespersonNotCoupled_DependencyCard_CoupleOnTheSpot_Synchronizes()
    {
        // Customer 70000's salesperson OF (Otis Falls) has no Sales user with the same e-mail, so it can't couple itself.
        var linaTownsend = SandboxSeed.SystemUserId("Lina Townsend");
        await Chat.SendAsync("create customer 70000", a => a.Contains("was created and is now coupled to customer 70000"), Cancellation);

        var dependency = await Chat.SendForCardAsync("sync customer 70000 to sales", "Salesperson OF is not coupled", Cancellation);
        Assert.Contains("Lina Townsend", dependency.Text, StringComparison.Ordinal);
        Assert.Equal([CardVerbs.CoupleDependency], dependency.Verbs);
        var seen = Chat.Seen();

        var synced = await Chat.PressAsync(dependency, CardVerbs.CoupleDependency, new Dictionary<string, string>
        {
            [CardInputIds.SalesId] = linaTownsend.ToString(),
        }, cancellationToken: Cancellation);

        Assert.Contains("Synchronized", synced.Text, StringComparison.Ordinal);
        await Chat.NextAsync(seen, a => a.Text == "SALESPEOPLE OF is now coupled; customer 70000 was synchronized again.", Cancellation);
        Assert.Contains(await CouplingRowsAsync("SALESPEOPLE"), r => r.GetString("SalesId") == linaTownsend.ToString() && r.GetString("BusinessCentralNumber") == "OF");
        var account = (await CouplingRowsAsync("CUSTOMER")).Single(r => r.RowKey.StartsWith("bc|", StringComparison.Ordinal) && r.GetString("BusinessCentralNumber") == "70000").GetString("SalesId");
        Assert.Equal(linaTownsend.ToString(), (await Stack.AccountAsync(Guid.Parse(account))).GetProperty("_ownerid_value").GetString());
    }

    [Fact]
    public async Task RefusedBySales_ErrorsListsIt_RetryAfterTheFixSynchronizes()
    {
        await Chat.CoupleAsync("customer", "10000", SandboxSeed.CannonGroupAccountId, cancellationToken: Cancellation);
        (await Stack.Sandbox.PostAsJsonAsync("_sandbox/faults",
            new { service = "dataverse", method = "PATCH", status = 400, code = "0x80040265", message = "A plug-in refused the change." }, Cancellation)).EnsureSuccessStatusCode();

        var failed = await Chat.SendAsync("sync customer 10000 to sales", a => a.Contains("The synchronization failed"), Cancellation);
        Assert.Contains("A plug-in refused the change.", ShownCard.Of(failed).Text, StringComparison.Ordinal);
        var errors = await Chat.SendForCardAsync("errors", "whose last sync failed", Cancellation);
        Assert.Contains("10000", errors.Text, StringComparison.Ordinal);
        Assert.Contains("A plug-in refused the change.", errors.Text, StringComparison.Ordinal);
        Assert.Equal([CardVerbs.RetryRecord], errors.Verbs);
        Assert.NotEqual("The Cannon Group PLC", (await Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("name").GetString());

        (await Stack.Sandbox.DeleteAsync("_sandbox/faults", Cancellation)).EnsureSuccessStatusCode();
        var retried = await Chat.PressAsync(errors, CardVerbs.RetryRecord, cancellationToken: Cancellation);

        Assert.Contains("Retried: synchronized", retried.Text, StringComparison.Ordinal);
        Assert.Equal("The Cannon Group PLC", (await Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("name").GetString());
        Assert.Contains("No customer's last sync failed.", (await Chat.SendForCardAsync("errors", "whose last sync failed", Cancellation)).Text, StringComparison.Ordinal);
    }
}
