using System.Text.Json;
using CouplingBot.Bot.Protocol;
using CouplingBot.Cards;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// One turn: a message goes to the command parser, an <c>adaptiveCard/action</c> invoke to the
/// handler of its verb. Each turn has one error boundary that answers with what to do next.
/// </summary>
public sealed class TurnHandler(CustomerConversation customers, IConnectorClient connector, ILogger<TurnHandler> logger)
{
    /// <summary>Handles an activity; returns the invoke response for invokes, null otherwise.</summary>
    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(activity, cancellationToken).ConfigureAwait(false);
                return null;
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
            replies = await AnswerAsync(CommandParser.Parse(activity.Text), RequesterOf(activity), cancellationToken).ConfigureAwait(false);
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

    private async Task<IReadOnlyList<Reply>> AnswerAsync(Command command, string requestedBy, CancellationToken cancellationToken) => command switch
    {
        CoupleCommand c => [await customers.CoupleAsync(c.Number, cancellationToken).ConfigureAwait(false)],
        SyncCommand s => await customers.SyncAsync(s.Number, s.Direction, requestedBy, cancellationToken).ConfigureAwait(false),
        UncoupleCommand u => [await customers.UncoupleAsync(u.Number, cancellationToken).ConfigureAwait(false)],
        RetryCommand r => await customers.RetryAsync(r.Number, requestedBy, cancellationToken).ConfigureAwait(false),
        ShowCommand s => [await customers.ShowAsync(s.Number, cancellationToken).ConfigureAwait(false)],
        MissingNumberCommand m => [new Reply($"Which customer? Send the number too, for example \"{m.Verb} customer 10000\".")],
        UnsupportedRecordCommand u => [new Reply($"I can {u.Verb} customers so far; {u.RecordKind}s are on the way. Try \"{u.Verb} customer 10000\".")],
        UnknownCommand { Suggestion: { } suggestion } => [new Reply($"Did you mean \"{suggestion}\"? Send \"help\" to see everything I can do.")],
        UnknownCommand => [new Reply("Sorry, I didn't understand that. Here is what I can do:", MessageCards.Help(CommandHelp.Commands))],
        _ => [Reply.WithCard(MessageCards.Help(CommandHelp.Commands))],
    };

    private async Task<InvokeResponse> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!TryReadAction(activity.Value, out var verb, out var data))
        {
            return InvokeResponse.Error(400, "BadRequest", "The card action has no verb.");
        }

        CardActionResult result;
        try
        {
            result = RunVerbAsync(verb, data, RequesterOf(activity), cancellationToken) is { } handler
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

    private Task<CardActionResult>? RunVerbAsync(string verb, JsonElement data, string requestedBy, CancellationToken cancellationToken) => verb switch
    {
        CardVerbs.ShowSetUpCoupling => customers.ShowSetUpAsync(Read<CustomerAction>(data), cancellationToken),
        CardVerbs.SetUpCoupling => customers.SetUpAsync(Read<SetUpCouplingAction>(data), requestedBy, cancellationToken),
        CardVerbs.ShowSync => customers.ShowSyncAsync(Read<CustomerAction>(data), requestedBy, cancellationToken),
        CardVerbs.SyncNow => customers.SyncNowAsync(Read<SyncNowAction>(data), requestedBy, cancellationToken),
        CardVerbs.RemoveCoupling => customers.RemoveAsync(Read<CustomerAction>(data), cancellationToken),
        _ => null,
    };

    private static T Read<T>(JsonElement data)
        where T : class =>
        CardActionData.Read<T>(data) ?? throw new ArgumentException("The card action carries no data.", nameof(data));

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

    private static string RequesterOf(Activity activity) => activity.From?.Name ?? activity.From?.Id ?? "someone";
}
