using CouplingBot.Bot.Protocol;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Conversation;

/// <summary>The typing indicator of a message turn whose answer takes a while.</summary>
public sealed partial class TurnHandler
{
    /// <summary>
    /// Runs <paramref name="answer"/>; if it is not done within <c>Bot:TypingDelay</c> (on the injected
    /// <see cref="TimeProvider"/>), shows the typing indicator once. When the answer is ready the indicator is
    /// stopped (cancelled if still on its way) and awaited, so it never arrives after the reply; a failed
    /// indicator is logged and never fails the turn.
    /// </summary>
    private async Task<T> WithTypingAsync<T>(Activity activity, Func<Task<T>> answer, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = ShowTypingAfterDelayAsync(activity, stop.Token);
        try
        {
            return await answer().ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task ShowTypingAfterDelayAsync(Activity activity, CancellationToken stop)
    {
        try
        {
            await Task.Delay(options.Value.TypingDelay, clock, stop).ConfigureAwait(false);
            await connector.SendTypingAsync(activity, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The answer was ready first (or the turn was cancelled): no typing.
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stop.IsCancellationRequested)
        {
            // A refused or timed-out indicator: the answer still goes out.
            TypingFailed(logger, ex, activity.Conversation?.Id);
        }
    }

    [LoggerMessage(2090, LogLevel.Warning, "Could not show the typing indicator in conversation {ConversationId}; the turn goes on")]
    private static partial void TypingFailed(ILogger logger, Exception exception, string? conversationId);
}
