using System.Text.Json;
using CouplingBot.Bot.ComposeExtension;
using CouplingBot.Bot.Hosting;
using CouplingBot.Bot.Proactive;
using CouplingBot.Bot.Protocol;
using CouplingBot.Cards;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// One turn: a message goes to the command parser, an <c>adaptiveCard/action</c> invoke to the
/// handler of its verb. Each turn has one error boundary that answers with what to do next.
/// </summary>
public sealed partial class TurnHandler(
    ConversationRouter router, IConnectorClient connector, ComposeExtensionHandler composeExtensions, ConversationReferenceTracker references, TimeProvider clock, IOptions<BotOptions> options, ILogger<TurnHandler> logger)
{
    /// <summary>Handles an activity; returns the invoke response for invokes, null otherwise.</summary>
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        await references.ObserveAsync(activity, cancellationToken).ConfigureAwait(false); // conversation references for proactive messages; never throws
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, cancellationToken).ConfigureAwait(false);
                return null;
            case ActivityTypes.Invoke when ComposeExtensionInvokes.Handles(activity.Name):
                return InvokeResponse.Raw((await composeExtensions.HandleAsync(activity, cancellationToken).ConfigureAwait(false)).ToJsonElement());
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction:
                return await OnCardActionAsync(activity, cancellationToken).ConfigureAwait(false);
            case ActivityTypes.Invoke:
                return InvokeResponse.Error(400, "NotSupported", $"CouplingBot does not handle \"{activity.Name}\" invokes.");
            default:
                // conversationUpdate, installationUpdate, typing, ...: nothing to answer yet.
                return null;
        }
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        IReadOnlyList<Reply> replies;
        try
        {
            replies = await WithTypingAsync(activity, () => router.AnswerAsync(CommandParser.Parse(activity.Text), TurnOf(activity), cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            replies = [Reply.WithCard(Problem(activity, ex))];
        }

        foreach (var reply in replies)
        {
            await connector.ReplyAsync(activity, OutgoingActivities.Message(reply), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<InvokeResponse> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!TryReadAction(activity.Value, out var verb, out var data))
        {
            return InvokeResponse.Error(400, "BadRequest", "The card action has no verb.");
        }

        CardActionResult result;
        try
        {
            result = router.RunVerbAsync(verb, data, TurnOf(activity), cancellationToken) is { } handler
                ? await handler.ConfigureAwait(false)
                : CardActionResult.Replace(MessageCards.Problem("Unknown button", $"This card's button (\"{verb}\") is not one CouplingBot knows.", "Send \"help\" to start again."));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            Log.BadCardData(logger, verb, activity.Id);
            return InvokeResponse.Error(400, "BadRequest", "The card's data is incomplete or malformed. Send the command again to get a fresh card.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            result = CardActionResult.Replace(Problem(activity, ex));
        }

        foreach (var followUp in result.FollowUps)
        {
            await connector.SendAsync(activity, OutgoingActivities.Message(followUp), cancellationToken).ConfigureAwait(false);
        }

        return InvokeResponse.Card(AdaptiveCardJson.ToJsonElement(result.Card));
    }

    private static bool TryReadAction(JsonElement? value, out string verb, out JsonElement data)
    {
        verb = "";
        data = default;
        if (value is not { ValueKind: JsonValueKind.Object } v
            || !v.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verbElement) || verbElement.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        verb = verbElement.GetString() ?? "";
        data = action.TryGetProperty("data", out var d) ? d : default;
        return verb.Length > 0;
    }

    private AdaptiveCard Problem(Activity activity, Exception exception)
    {
        var reference = activity.Id ?? Guid.NewGuid().ToString("N");
        Log.TurnFailed(logger, exception, activity.Type, activity.Conversation?.Id, reference);
        return ProblemCards.For(exception, reference);
    }

    private TurnContext TurnOf(Activity activity) =>
        new(activity.From?.Name ?? activity.From?.Id ?? "someone", ConversationReferenceOf(activity), ConversationReference.From(activity, clock.GetUtcNow()));

    // Where a job's completion is posted (and, for a card action, the card its final state replaces).
    private static string? ConversationReferenceOf(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? null : JobConversationReference.For(activity);
}
