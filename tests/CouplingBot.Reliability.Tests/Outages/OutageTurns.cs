using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.Reliability.Tests.Concurrency;
using CouplingBot.Testing.Connector;

namespace CouplingBot.Reliability.Tests.Outages;

/// <summary>
/// The turns a person takes while a service is down (couple on the set-up card, a sync by chat, Synchronize Now) and
/// what each was answered: HTTP status and the text of the card or message.
/// </summary>
internal static class OutageTurns
{
    /// <summary>One turn's answer.</summary>
    public sealed record Answer(string Turn, int Status, string Text)
    {
        /// <summary>No 5xx, the problem named with what to do next, no stack trace.</summary>
        public bool IsClear(string problem) =>
            Status < 500 && Text.Contains(problem, StringComparison.Ordinal) && Text.Contains("try again", StringComparison.OrdinalIgnoreCase)
            && !Text.Contains("   at ", StringComparison.Ordinal) && !Text.Contains("Exception", StringComparison.Ordinal);
    }

    /// <summary>
    /// Couples <paramref name="uncoupled"/> to <paramref name="account"/> on the set-up card (sync after it), then asks to
    /// sync <paramref name="coupled"/> by chat and with Synchronize Now.
    /// </summary>
    public static async Task<IReadOnlyList<Answer>> TakeAsync(ProductStack stack, string uncoupled, Guid account, string coupled)
    {
        stack.Connector.Clear();
        return
        [
            await TapAsync(stack, "couple (Set Up Coupling)", CardVerbs.SetUpCoupling,
                new { customerNumber = uncoupled, accountId = account.ToString(), syncAfterCoupling = "true", direction = "toSales" }),
            await SendAsync(stack, $"sync customer {coupled} to sales"),
            await TapAsync(stack, "Synchronize Now", CardVerbs.SyncNow, new { customerNumber = coupled, direction = "toSales" }),
            await SendAsync(stack, $"couple customer {uncoupled}"),
        ];
    }

    /// <summary>Taps a card button; the answer is the card that replaces it.</summary>
    public static async Task<Answer> TapAsync(ProductStack stack, string turn, string verb, object data)
    {
        using var response = await stack.TapAsync(verb, data);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return new Answer(turn, (int)response.StatusCode, body);
        }

        var invoke = JsonDocument.Parse(body).RootElement;
        return new Answer(turn, invoke.GetProperty("statusCode").GetInt32(), CardText.Joined(invoke.GetProperty("value")));
    }

    /// <summary>Sends a message; the answer is everything the bot posted for it (the turn ends before the HTTP answer).</summary>
    public static async Task<Answer> SendAsync(ProductStack stack, string text)
    {
        stack.Connector.Clear();
        using var response = await stack.SendAsync(text);
        var posted = stack.Connector.All.Select(a => Activities.TextOf(a) + " " + (Activities.CardOf(a) is { } card ? CardText.Joined(card) : ""));
        return new Answer(text, (int)response.StatusCode, string.Join(" | ", posted));
    }
}
