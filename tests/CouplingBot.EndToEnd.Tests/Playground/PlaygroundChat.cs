using System.Text.Json;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Testing.Playground;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// One person talking to the bot in one conversation of the playground, over its HTTP API: messages are typed
/// into the chat (starting with an @mention in a group chat or channel), the bot's answers are read from the feed,
/// and card buttons are pressed as the client presses them (see <see cref="CardSubmission"/>). In a channel every
/// message starts a post: the bot answers in that post's thread (<see cref="Thread"/>).
/// </summary>
internal sealed partial class PlaygroundChat
{
    /// <summary>How long an answer may take (the machine is shared with other stacks).</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private readonly string _conversationId;
    private readonly bool _mentionBot;

    private PlaygroundChat(PlaygroundClient client, string conversationId, bool mentionBot)
    {
        Client = client;
        _conversationId = conversationId;
        _mentionBot = mentionBot;
        Thread = conversationId;
    }

    /// <summary>The playground client (its feed holds every message the bot sent).</summary>
    public PlaygroundClient Client { get; }

    /// <summary>Where the bot answers the last message: the chat, or in a channel the thread of the last post.</summary>
    public string Thread { get; private set; }

    /// <summary>The personal chat with the bot.</summary>
    public static PlaygroundChat Personal(PlaygroundClient client) => new(client, client.Conversations.PersonalChatId, mentionBot: false);

    /// <summary>The group chat; every message @mentions the bot.</summary>
    public static PlaygroundChat Group(PlaygroundClient client) => new(client, client.Conversations.GroupChatId!, mentionBot: true);

    /// <summary>The team's General channel; every message is a new post that @mentions the bot.</summary>
    public static PlaygroundChat Channel(PlaygroundClient client) => new(client, client.Conversations.ChannelId!, mentionBot: true);

    /// <summary>
    /// Sends <paramref name="text"/> and returns the bot's first new message in <see cref="Thread"/> that matches
    /// <paramref name="until"/> (any message when null). Prefer a predicate: a message the bot sent after an
    /// earlier test's client closed is delivered to the next client that connects.
    /// </summary>
    public async Task<PlaygroundActivity> SendAsync(string text, Func<PlaygroundActivity, bool>? until = null, CancellationToken cancellationToken = default)
    {
        var seen = Seen();
        var sent = await Client.SendMessageAsync(_conversationId, text, _mentionBot, cancellationToken);
        Thread = sent.ConversationId;
        return await NextAsync(seen, until ?? (_ => true), cancellationToken);
    }

    /// <summary>Sends <paramref name="text"/> and returns the first new card the bot answers with that contains <paramref name="containing"/>.</summary>
    public async Task<ShownCard> SendForCardAsync(string text, string containing, CancellationToken cancellationToken = default) =>
        ShownCard.Of(await SendAsync(text, a => a.HasAdaptiveCard && a.Contains(containing), cancellationToken));

    /// <summary>
    /// Presses the <paramref name="index"/>-th button with <paramref name="verb"/> on <paramref name="card"/>, with the
    /// inputs the card shows and <paramref name="choices"/> on top, and returns the card that replaces it.
    /// </summary>
    /// <exception cref="Xunit.Sdk.XunitException">The bot answered with something other than a card.</exception>
    public async Task<ShownCard> PressAsync(
        ShownCard card, string verb, IReadOnlyDictionary<string, string>? choices = null, int index = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        var data = CardSubmission.Of(card.Content, verb, index, choices);
        var answer = await Client.ExecuteActionAsync(Thread, card.MessageId, verb, data, cancellationToken);
        Assert.True(
            answer.TryGetProperty("type", out var type) && type.GetString() == "application/vnd.microsoft.card.adaptive",
            $"{verb} was answered with {answer}");
        return card with { Content = answer.GetProperty("value").Clone() };
    }

    /// <summary>Waits for a message of the bot in <see cref="Thread"/> (earlier ones count too) that matches <paramref name="predicate"/>.</summary>
    public Task<PlaygroundActivity> WaitForAsync(Func<PlaygroundActivity, bool> predicate, CancellationToken cancellationToken = default) =>
        Client.WaitForActivityAsync(a => a.ConversationId == Thread && predicate(a), Wait, cancellationToken);

    /// <summary>Waits for the bot to replace the card in <paramref name="messageId"/> (an update of the message) with one matching <paramref name="predicate"/>.</summary>
    public async Task<ShownCard> WaitForUpdateAsync(string messageId, Func<JsonElement, bool> predicate, CancellationToken cancellationToken = default)
    {
        var update = await WaitForAsync(
            a => a.Kind == PlaygroundActivityKind.Updated && a.MessageId == messageId && a.HasAdaptiveCard && predicate(a.AdaptiveCards.Single()),
            cancellationToken);
        return ShownCard.Of(update);
    }

    /// <summary>
    /// The first message the bot created in <see cref="Thread"/> after <paramref name="seen"/> was taken (see <see cref="Seen"/>)
    /// that matches <paramref name="predicate"/>.
    /// </summary>
    public async Task<PlaygroundActivity> NextAsync(ISet<PlaygroundActivity> seen, Func<PlaygroundActivity, bool> predicate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seen);
        return await WaitForAsync(a => a.Kind == PlaygroundActivityKind.Created && !seen.Contains(a) && predicate(a), cancellationToken);
    }

    /// <summary>Everything the feed holds now, to tell later messages from earlier ones.</summary>
    public ISet<PlaygroundActivity> Seen() => Client.GetActivities().ToHashSet<PlaygroundActivity>(ReferenceEqualityComparer.Instance);
}
