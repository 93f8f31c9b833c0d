using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests;

/// <summary>
/// The whole notification path: a person couples a record in their personal chat; a later scheduled sync can't
/// synchronize it (its salesperson OF matches no Sales user); the problem card arrives in that person's chat.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class CouplerNotifiedTests : IAsyncLifetime
{
    private LocalStack stack = null!;
    private FakeConnector connector = null!;

    public async ValueTask InitializeAsync()
    {
        // Scheduled runs every half second, so the run after the coupling comes soon.
        stack = await LocalStack.StartAsync("--IncrementalSync:Interval=00:00:00.500");
        connector = await FakeConnector.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await connector.DisposeAsync();
        await stack.DisposeAsync();
    }

    [Fact]
    public async Task ScheduledSyncFailure_OfARecordCoupledInChat_IsPostedToTheCouplersChat()
    {
        var response = await stack.Bot.InvokeAsync(Activities.CardAction(connector.ServiceUrl, CardVerbs.SetUpCoupling,
            new { customerNumber = "70000", accountId = SandboxSeed.CannonIndustriesAccountId.ToString(), syncAfterCoupling = "false", direction = "toSales" }));
        Assert.Equal(200, response.GetProperty("statusCode").GetInt32());

        // A change after the coupling, so a scheduled run meets the record whether or not the first (full) run came
        // before the coupling; a run after that sees the same failure again and posts nothing more.
        await stack.EditCustomerAsync(SandboxSeed.CustomerId(SandboxSeed.CronusUkCompanyId, "70000"), new { phoneNumber = "+44 117 496 0799" });

        var problems = await NextCardContainingAsync("records you coupled");

        Assert.Equal("a:personal-chat-1", problems.GetProperty("conversation").GetProperty("id").GetString());
        var card = CardText.Joined(Activities.CardOf(problems)!.Value);
        Assert.Contains("70000", card, StringComparison.Ordinal);
        Assert.Contains("OF", card, StringComparison.Ordinal);
        Assert.Contains(CardVerbs.RetryRecord, CardText.Verbs(Activities.CardOf(problems)!.Value));
    }

    // The bot also posts the coupling's own follow-ups; the problem card is the first activity whose card says so. A busy
    // machine may take a while to get to the scheduled run, so quiet spells are waited out up to a minute in all.
    private async Task<JsonElement> NextCardContainingAsync(string text)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(1);
        while (DateTimeOffset.UtcNow < deadline)
        {
            JsonElement posted;
            try
            {
                posted = await connector.NextAsync();
            }
            catch (OperationCanceledException)
            {
                continue; // nothing for 10 s: keep waiting until the deadline
            }

            if (Activities.CardOf(posted) is { } card && CardText.Joined(card).Contains(text, StringComparison.Ordinal))
            {
                return posted;
            }
        }

        throw new Xunit.Sdk.XunitException($"No card saying \"{text}\" among the bot's posts within a minute.");
    }
}
