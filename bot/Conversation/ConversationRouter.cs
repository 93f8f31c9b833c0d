using System.Text.Json;
using CouplingBot.Cards;
using CouplingBot.Cards.Actions;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Sends each command to the conversation that answers it, and each card verb to its handler (one
/// handler per verb). Records named by name are resolved first (several matches: a card to pick one).
/// </summary>
public sealed partial class ConversationRouter(CouplingConversation cards, RecordConversation records, JobConversation jobs)
{
    /// <summary>The replies to a parsed message.</summary>
    public async Task<IReadOnlyList<Reply>> AnswerAsync(Command command, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(turn);
        switch (command)
        {
            case FindCommand f:
                return [await records.FindAsync(f.Kind, f.Name, n => cards.ShowAsync(f.Kind, n, cancellationToken), cancellationToken).ConfigureAwait(false)];
            case SyncManyCommand m:
                return [JobConversation.ConfirmSyncMany(m.Kind, m.Numbers, m.Direction)];
            case SyncAllCommand a:
                return [JobConversation.ConfirmSyncAll(a.Kind, a.Direction)];
            case MatchCommand m:
                return [await jobs.MatchAsync(m.Kind, turn.RequestedBy, cancellationToken).ConfigureAwait(false)];
            case StatusCommand { JobId: { } id }:
                return [Reply.WithCard(await jobs.StatusAsync(id, cancellationToken).ConfigureAwait(false))];
            case StatusCommand st:
                return [Reply.WithCard(await jobs.RecentAsync(st.All ? null : turn.RequestedBy, cancellationToken).ConfigureAwait(false))];
            case ErrorsCommand e:
                return [await records.ErrorsAsync(e.Kind, cancellationToken).ConfigureAwait(false)];
            case SkippedCommand s:
                return [await records.SkippedAsync(s.Kind, cancellationToken).ConfigureAwait(false)];
            case MissingNumberCommand m:
                return [new Reply($"Which {CommandParser.Noun(m.Kind)}? Send the number or the name too, for example \"{CommandParser.Example(m.Verb, m.Kind)}\".")];
            case InvalidCommand i:
                return [new Reply(i.Help)];
            case UnknownCommand { Suggestion: { } suggestion }:
                return [new Reply($"Did you mean \"{suggestion}\"? Send \"help\" to see everything I can do.")];
            case UnknownCommand:
                return [new Reply("Sorry, I didn't understand that. Here is what I can do:", MessageCards.Help(CommandHelp.Commands))];
            case HelpCommand:
                return [Reply.WithCard(MessageCards.Help(CommandHelp.Commands))];
        }

        var (verb, record) = OneRecord(command);
        var (number, instead) = await records.ResolveAsync(record, verb, cancellationToken).ConfigureAwait(false);
        return instead is not null ? [instead] : await RunAsync(verb, record.Kind, number!, command is SyncCommand s2 ? s2.Direction : null, turn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a command on one record by number (typed, or picked from a list).</summary>
    private Task<IReadOnlyList<Reply>> RunAsync(string verb, RecordKind kind, string number, Engine.Sync.SyncDirection? direction, TurnContext turn, CancellationToken cancellationToken) =>
        verb switch
        {
            "show" => One(cards.ShowAsync(kind, number, cancellationToken)),
            "couple" => One(cards.CoupleAsync(kind, number, cancellationToken)),
            "create" => One(records.CreateAsync(kind, number, turn, cancellationToken)),
            "sync" => cards.SyncAsync(kind, number, direction, turn.RequestedBy, cancellationToken),
            "uncouple" => One(records.ConfirmUncoupleAsync(kind, number, cancellationToken)),
            "retry" => cards.RetryAsync(kind, number, turn.RequestedBy, cancellationToken),
            "undo" => One(records.UndoAsync(kind, number, turn.RequestedBy, cancellationToken)),
            _ => Task.FromResult<IReadOnlyList<Reply>>([new Reply("Send \"help\" to see what I can do.")]),
        };

    private static (string Verb, RecordRef Record) OneRecord(Command command) => command switch
    {
        ShowCommand c => ("show", c.Record),
        CoupleCommand c => ("couple", c.Record),
        CreateCommand c => ("create", c.Record),
        SyncCommand c => ("sync", c.Record),
        UncoupleCommand c => ("uncouple", c.Record),
        RetryCommand c => ("retry", c.Record),
        UndoSyncCommand c => ("undo", c.Record),
        _ => throw new ArgumentException($"{command.GetType().Name} is not a command on one record.", nameof(command)),
    };

    private static async Task<IReadOnlyList<Reply>> One(Task<Reply> reply) => [await reply.ConfigureAwait(false)];
}
