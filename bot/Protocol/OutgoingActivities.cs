using CouplingBot.Bot.Conversation;
using CouplingBot.Cards.Model;

namespace CouplingBot.Bot.Protocol;

/// <summary>Turns the conversation's replies into message activities.</summary>
public static class OutgoingActivities
{
    /// <summary>A message activity with the reply's text and card.</summary>
    public static Activity Message(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = reply.Text,
            TextFormat = reply.Text is null ? null : "plain",
            Attachments = reply.Card is { } card
                ? [new Attachment(ActivityTypes.AdaptiveCardContentType, AdaptiveCardJson.ToJsonElement(card))]
                : null,
        };
    }
}
