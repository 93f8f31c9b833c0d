using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CouplingBot.Reliability.Tests.Suite;

namespace CouplingBot.Reliability.Tests.Auth;

/// <summary>
/// No one gets in: every forged request to <c>/api/messages</c> (issue 7's list) is refused over real HTTP by the bot
/// in production mode, and none reaches a turn or the connector; a valid request in the same run is processed, which
/// shows the two counters see what they should.
/// </summary>
public sealed class ForgedRequestsTests(ProductionBot bot) : IClassFixture<ProductionBot>
{
    private const string Area = "Auth";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryForgery_IsRefused_AndNothingIsProcessed_WhileAValidRequestIs()
    {
        var forgeries = Forgery.All(bot.Authority);
        var failures = new List<string>();
        var refused = 0;
        var processed = 0;
        foreach (var forgery in forgeries)
        {
            var outcome = await SendAsync(forgery);
            refused += outcome.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden ? 1 : 0;
            processed += outcome.Processed ? 1 : 0;
            if (outcome.Status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) || outcome.Processed)
            {
                failures.Add($"{forgery.Name}: {(int)outcome.Status}, {outcome.Turns} turn(s), {outcome.ConnectorCalls} connector call(s)");
            }
        }

        var control = await SendAsync(Forgery.Valid(bot.Authority));

        await ReliabilityFigures.RecordAsync(Area, "forged requests sent", forgeries.Count);
        await ReliabilityFigures.RecordAsync(Area, "forged requests refused (401/403)", refused);
        await ReliabilityFigures.RecordAsync(Area, "forged requests processed", processed);
        await ReliabilityFigures.RecordAsync(Area, "valid control requests processed", control.Processed ? 1 : 0);
        Assert.Empty(failures);
        Assert.Equal((HttpStatusCode.OK, 1L, 1), (control.Status, control.Turns, control.ConnectorCalls));
    }

    private async Task<Outcome> SendAsync(Forgery forgery)
    {
        if (forgery.Token is not null)
        {
            await KnownSecrets.RegisterAsync(forgery.Token);
        }

        var turnsBefore = bot.Turns.Turns;
        var callsBefore = bot.Connector.Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = JsonContent.Create(Activity(forgery)) };
        if (forgery.Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", forgery.Token);
        }

        using var response = await bot.Bot.SendAsync(request, Cancel);
        await response.Content.ReadAsStringAsync(Cancel);

        // A turn is counted and its reply posted before the endpoint answers, so both figures are final here.
        return new Outcome(response.StatusCode, bot.Turns.Turns - turnsBefore, bot.Connector.Count - callsBefore);
    }

    // A "help" message from Teams: processed, it is one turn and one reply.
    private static object Activity(Forgery forgery) => new
    {
        type = "message",
        id = Guid.NewGuid().ToString("N"),
        serviceUrl = ProductionBot.ServiceUrl,
        channelId = "msteams",
        from = new { id = "29:attacker", name = "Mallory" },
        recipient = new { id = "28:" + forgery.RecipientAppId, name = "CouplingBot" },
        conversation = new { id = "a:" + Guid.NewGuid().ToString("N"), conversationType = "personal", tenantId = forgery.Tenant },
        channelData = new { tenant = new { id = forgery.Tenant } },
        text = "help",
    };

    private sealed record Outcome(HttpStatusCode Status, long Turns, int ConnectorCalls)
    {
        public bool Processed => Turns > 0 || ConnectorCalls > 0;
    }
}
