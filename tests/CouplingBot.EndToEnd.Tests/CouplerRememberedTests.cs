using CouplingBot.Bot.Proactive;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// A person who couples a record from chat (Set Up Coupling, or Create new in Sales) is kept as its coupler, read back
/// through the bot's own <see cref="ICouplerDirectory"/> (Azure Tables on Azurite), so scheduled-sync problems reach them.
/// </summary>
public sealed class CouplerRememberedTests(StackFixture fixture) : StackTest(fixture)
{
    private ICouplerDirectory Couplers => Fixture.Stack.BotApp.Services.GetRequiredService<ICouplerDirectory>();

    [Fact]
    public async Task SetUpCoupling_OfAContact_KeepsTheRequesterAsItsCoupler()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Null(await Couplers.FindAsync("CONTACT", SandboxSeed.AndyTealBcContactId.ToString(), ct));

        await InvokeAsync(CardVerbs.SetUpCoupling, new
        {
            customerNumber = "CT000006", recordKind = "contact", accountId = SandboxSeed.AndyTealContactId.ToString(), syncAfterCoupling = "false", direction = "toSales",
        });

        var coupler = await Couplers.FindAsync("CONTACT", SandboxSeed.AndyTealBcContactId.ToString(), ct);
        Assert.NotNull(coupler);
        Assert.Equal(("user-1", "Alex Wilber"), (coupler.UserId, coupler.UserName));
        Assert.Equal(("a:personal-chat-1", Fixture.Connector.ServiceUrl.ToString()), (coupler.ConversationId, coupler.ServiceUrl));
        Assert.Null(await Couplers.FindAsync("CUSTOMER", SandboxSeed.AndyTealBcContactId.ToString(), ct));
    }

    [Fact]
    public async Task CreateNewInSales_KeepsTheRequesterAsTheCouplerOfTheCreatedCoupling()
    {
        var ct = TestContext.Current.CancellationToken;

        var created = await InvokeAsync(CardVerbs.CreateInSales, new RecordData("customer", "70000"));

        Assert.Contains("is now coupled to customer 70000", CardText.Joined(created), StringComparison.Ordinal);
        var forward = Assert.Single(await Fixture.Stack.CouplingRowsAsync(),
            r => r.PartitionKey.EndsWith("|CUSTOMER", StringComparison.Ordinal) && r.GetString("BusinessCentralNumber") == "70000");
        var coupler = await Couplers.FindAsync("CUSTOMER", forward.RowKey["bc|".Length..], ct);
        Assert.Equal("user-1", coupler?.UserId);
    }

    [Fact]
    public async Task SetUpCoupling_Refused_KeepsNoCoupler()
    {
        var refused = await InvokeAsync(CardVerbs.SetUpCoupling, new
        {
            customerNumber = "CT000007", recordKind = "contact", accountId = Guid.NewGuid().ToString(), syncAfterCoupling = "false", direction = "toSales",
        });

        Assert.Contains("That Sales contact doesn't exist (any more).", CardText.Joined(refused), StringComparison.Ordinal);
        Assert.Null(await Couplers.FindAsync("CONTACT", SandboxSeed.MarkMcArthurBcContactId.ToString(), TestContext.Current.CancellationToken));
    }
}
