using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Testing.Playground;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>Steps several scenarios share: coupling a record through its set-up card, and a job from its confirmation to its end.</summary>
internal sealed partial class PlaygroundChat
{
    /// <summary>
    /// <c>couple customer 10000</c> (or <c>contact</c>), then Set Up Coupling with <paramref name="salesId"/> picked,
    /// optionally synchronizing Business Central -> Sales; returns once the bot said it is coupled (and synchronized).
    /// </summary>
    public async Task<ShownCard> CoupleAsync(string kind, string number, Guid salesId, bool sync = false, CancellationToken cancellationToken = default)
    {
        var setUp = await SendForCardAsync($"couple {kind} {number}", "that may be this", cancellationToken);
        var seen = Seen();
        var coupled = await PressAsync(setUp, CardVerbs.SetUpCoupling, new Dictionary<string, string>
        {
            [CardInputIds.AccountId] = salesId.ToString(),
            [CardInputIds.SyncAfterCoupling] = sync ? "true" : "false",
            [CardInputIds.Direction] = "toSales",
        }, cancellationToken: cancellationToken);
        Assert.Contains("Coupled to Sales", coupled.Text, StringComparison.Ordinal);
        await NextAsync(seen, a => a.Contains("is now coupled to"), cancellationToken);
        if (sync)
        {
            await NextAsync(seen, a => a.Contains($"Synchronization of {kind} {number} finished"), cancellationToken);
        }

        return coupled;
    }

    /// <summary>
    /// Presses the confirming button (<paramref name="verb"/>) of a job's confirmation card and waits for the job's
    /// end: the card that started it replaced by its final state, and the completion message after it.
    /// </summary>
    /// <returns>The card as the start answer showed it, the final card and the completion message.</returns>
    public async Task<JobRun> RunJobAsync(ShownCard confirmation, string verb = CardVerbs.ConfirmJob, CancellationToken cancellationToken = default)
    {
        var seen = Seen();
        var started = await PressAsync(confirmation, verb, cancellationToken: cancellationToken);
        var final = await WaitForUpdateAsync(started.MessageId, card => !CardText.Verbs(card).Contains(CardVerbs.RefreshJob), cancellationToken);
        var completion = await NextAsync(seen, a => !a.HasAdaptiveCard && (a.Contains(" finished") || a.Contains(" failed")), cancellationToken);
        return new JobRun(started, final, completion);
    }
}

/// <summary>A job as the chat saw it.</summary>
/// <param name="Started">The card the confirmation was replaced with when the job started.</param>
/// <param name="Final">The same message once the bot replaced it with the job's final state.</param>
/// <param name="Completion">The completion message.</param>
internal sealed record JobRun(ShownCard Started, ShownCard Final, PlaygroundActivity Completion);
