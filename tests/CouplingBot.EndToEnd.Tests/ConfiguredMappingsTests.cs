using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// The <c>Mappings:</c> settings apply to what people do in chat, not only to jobs and scheduled syncs:
/// with the phone field turned off, a sync started from a card leaves the account's phone alone.
/// </summary>
public sealed class ConfiguredMappingsTests : IAsyncLifetime
{
    private LocalStack stack = null!;
    private FakeConnector connector = null!;

    public async ValueTask InitializeAsync()
    {
        stack = await LocalStack.StartAsync("--Mappings:CUSTOMER:Fields:Phone:Enabled=false");
        connector = await FakeConnector.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await connector.DisposeAsync();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task SetUpCoupling_WithSync_LeavesAFieldTheSettingsTurnedOff()
    {
        var seededPhone = (await stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("telephone1").GetString();

        var response = await stack.Bot.InvokeAsync(Activities.CardAction(connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "true", direction = "toSales" }));

        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());
        var account = await stack.AccountAsync(SandboxSeed.CannonGroupAccountId);
        Assert.Equal("The Cannon Group PLC", account.GetProperty("name").GetString()); // the sync did run
        Assert.Equal(seededPhone, account.GetProperty("telephone1").GetString()); // "+44 (121) 555-0100", not BC's "+44 121 555 0100"
        var patch = Assert.Single(await stack.JournalAsync("dataverse", "PATCH"));
        var sent = JsonDocument.Parse(patch.GetProperty("body").GetString()!).RootElement.EnumerateObject().Select(p => p.Name);
        Assert.DoesNotContain("telephone1", sent);
    }
}
