using System.Net.Http.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Testing;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>When a service the bot depends on is down, the person is told which and what to do, and nothing is half-written.</summary>
public sealed class ServicesDownTests
{
    [Fact]
    public async Task BusinessCentralDown_SaysSo_WithTheNextStep()
    {
        var deadPort = FreePort.Next();
        await using var stack = await LocalStack.StartAsync($"--BusinessCentral:ApiUrl=http://127.0.0.1:{deadPort}/bc/v2.0/");
        await using var connector = await FakeConnector.StartAsync();

        await stack.Bot.PostAsJsonAsync("api/messages", Activities.Message(connector.ServiceUrl, "couple customer 10000"), TestContext.Current.CancellationToken);

        var text = CardText.Joined(Activities.CardOf(await connector.NextAsync())!.Value);
        Assert.Contains("Business Central is not reachable", text, StringComparison.Ordinal);
        Assert.Contains("./run.sh starts the sandbox", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StorageDown_SaysSo_AndTheAccountIsNotTouched()
    {
        var deadPort = FreePort.Next();
        var deadStorage = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={CouplingBot.Testing.Azurite.AzuriteServer.AccountKey};TableEndpoint=http://127.0.0.1:{deadPort}/devstoreaccount1;";
        await using var stack = await LocalStack.StartAsync($"--Storage:ConnectionString={deadStorage}");
        await using var connector = await FakeConnector.StartAsync();

        var response = await stack.Bot.InvokeAsync(Activities.CardAction(connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "10000", accountId = SandboxSeed.CannonGroupAccountId.ToString(), syncAfterCoupling = "true", direction = "toSales" }));

        Assert.Contains("Coupling storage is not reachable", CardText.Joined(response.GetProperty("value")), StringComparison.Ordinal);
        Assert.Empty(await stack.JournalAsync("dataverse", "PATCH"));
        Assert.Equal("Cannon Group", (await stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("name").GetString());
    }
}
