using System.Text.Json;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Testing.Playground;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// A card as the chat shows it: the message it sits in (invokes on its buttons reply to that message, and a
/// card an invoke answers with replaces it in the same message) and its JSON.
/// </summary>
/// <param name="MessageId">The playground's id of the message holding the card.</param>
/// <param name="Content">The Adaptive Card JSON.</param>
internal sealed record ShownCard(string MessageId, JsonElement Content)
{
    /// <summary>Everything the card says, joined (see <see cref="CardText.Joined"/>).</summary>
    public string Text => CardText.Joined(Content);

    /// <summary>The verbs of its Action.Execute buttons, in order.</summary>
    public IReadOnlyList<string> Verbs => CardText.Verbs(Content);

    /// <summary>The card of a feed message that carries exactly one.</summary>
    public static ShownCard Of(PlaygroundActivity message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new ShownCard(message.MessageId, message.AdaptiveCards.Single());
    }
}
