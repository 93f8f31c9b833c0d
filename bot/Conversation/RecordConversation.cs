using CouplingBot.Cards;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Service;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Commands on one record of either kind that are not about its cards: records named by name (a
/// list to pick from), uncoupling after a confirmation, creating in Sales, undoing the last sync.
/// </summary>
public sealed partial class RecordConversation(CouplingService service, ICouplingStore couplings, RecordSearch search, SyncUndo undo, SyncRecorder recorder, CouplerRecorder couplers)
{
    /// <summary>
    /// The number of the record a person named: the number itself, the one record whose name matches,
    /// or (none or several) the reply to send instead.
    /// </summary>
    public async Task<(string? Number, Reply? Reply)> ResolveAsync(RecordRef record, string command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!record.IsName)
        {
            return (record.Key, null);
        }

        var noun = CommandParser.Noun(record.Kind);
        var found = await search.FindAsync(record.Kind, record.Key, cancellationToken).ConfigureAwait(false);
        return found.Count switch
        {
            0 => (null, new Reply($"No {noun} in Business Central has \"{record.Key}\" in its name. Check the spelling, or use the number, for example \"{CommandParser.Example(command, record.Kind)}\".")),
            1 => (found[0].Number, null),
            _ => (null, Reply.WithCard(RecordListCards.Pick(noun, record.Key, command, ButtonOf(command), found))),
        };
    }

    /// <summary><c>find customer cannon</c>: the matching records to pick from (one match: its record card, via <paramref name="show"/>).</summary>
    public async Task<Reply> FindAsync(RecordKind kind, string name, Func<string, Task<Reply>> show, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(show);
        var (number, reply) = await ResolveAsync(new RecordRef(kind, name, IsName: true), "show", cancellationToken).ConfigureAwait(false);
        return reply ?? await show(number!).ConfigureAwait(false);
    }

    /// <summary><c>uncouple customer 10000</c>: a confirmation card when it is coupled, otherwise why not.</summary>
    public async Task<Reply> ConfirmUncoupleAsync(RecordKind kind, string number, CancellationToken cancellationToken)
    {
        var noun = CommandParser.Noun(kind);
        var lookup = await service.FindAsync(service.Mappings.Mapping(kind), number, cancellationToken).ConfigureAwait(false);
        if (lookup is null)
        {
            return NotFound(kind, number);
        }

        if (lookup.Coupling is not { } coupling)
        {
            return new Reply($"{Title(kind)} {number} isn't coupled to a {RecordKinds.SalesNoun(kind)}, so there is nothing to uncouple.");
        }

        var data = new RecordData(noun, number);
        return Reply.WithCard(JobCards.Confirm(
            $"Uncouple {noun} {number}?",
            $"{Title(kind)} {number} · {lookup.Record["displayName"]} will no longer be coupled to {RecordKinds.SalesNoun(kind)} {coupling.SalesName}. No data is deleted on either side; they just stop being synchronized.",
            [],
            new ActionExecute("Uncouple", CardVerbs.ConfirmUncouple) { Data = data, Style = ActionStyle.Destructive },
            new ActionExecute("Cancel", CardVerbs.CancelJob) { Data = new JobRequestData("uncouple", noun, [number], All: false, SyncDirectionChoices.ToSalesValue) }));
    }

    /// <summary>Uncouple on the confirmation card of a contact (customers use the record card's flow).</summary>
    public async Task<CardActionResult> UncoupleAsync(RecordKind kind, string number, CancellationToken cancellationToken)
    {
        var result = await service.UncoupleAsync(service.Mappings.Mapping(kind), number, cancellationToken).ConfigureAwait(false);
        var text = result.Outcome switch
        {
            UncoupleOutcome.Uncoupled => $"{Title(kind)} {number} is no longer coupled to {RecordKinds.SalesNoun(kind)} {result.Coupling!.SalesName}. No data was deleted.",
            UncoupleOutcome.NotCoupled => $"{Title(kind)} {number} isn't coupled any more, so there was nothing to uncouple.",
            UncoupleOutcome.ChangedMeanwhile => $"Someone changed the coupling of {CommandParser.Noun(kind)} {number} meanwhile; nothing was removed. Send \"uncouple {CommandParser.Noun(kind)} {number}\" again.",
            _ => $"{Title(kind)} {number} doesn't exist in Business Central.",
        };
        return CardActionResult.Replace(MessageCards.Note(result.Outcome == UncoupleOutcome.Uncoupled ? "Uncoupled" : "Not uncoupled", text));
    }

    /// <summary>
    /// <c>create customer 10000</c> (and Create new in Sales on the set-up card): creates the record in Sales and couples
    /// them, keeping who did (see <see cref="CouplerRecorder"/>).
    /// </summary>
    public async Task<Reply> CreateAsync(RecordKind kind, string number, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var mapping = service.Mappings.Mapping(kind);
        var result = await service.CreateInSalesAsync(mapping, number, turn.RequestedBy, cancellationToken).ConfigureAwait(false);
        var noun = CommandParser.Noun(kind);
        if (result is { Coupled: true, Result.Coupling: { } coupling })
        {
            await couplers.RememberAsync(mapping, coupling, turn, cancellationToken).ConfigureAwait(false);
            var how = result.Create == CreateOutcome.FoundFromEarlierAttempt ? "was found from an earlier attempt and" : "was created and";
            return new Reply($"{RecordKinds.SalesNoun(kind)} {coupling.SalesName} {how} is now coupled to {noun} {number}. Send \"sync {noun} {number}\" to synchronize them.");
        }

        return result.Result.Outcome switch
        {
            CoupleOutcome.RecordAlreadyCoupled => new Reply($"{Title(kind)} {number} is already coupled to {RecordKinds.SalesNoun(kind)} {result.Result.Existing?.SalesName}; nothing was created."),
            CoupleOutcome.RecordFiltered => new Reply($"{Title(kind)} {number} can't be coupled: only {CommandParser.Plural(kind)} that are {result.Result.FilterDescription} can. Nothing was created."),
            CoupleOutcome.RecordNotFound => NotFound(kind, number),
            _ => new Reply($"{Title(kind)} {number} couldn't be created in Sales. Send \"show {noun} {number}\" to look at it, then try again."),
        };
    }

    /// <summary><c>undo sync customer 10000</c>: writes back what the last sync replaced, if nothing changed since.</summary>
    public async Task<Reply> UndoAsync(RecordKind kind, string number, string requestedBy, CancellationToken cancellationToken)
    {
        var result = await undo.UndoLastSyncAsync(service.Mappings.Mapping(kind), number, requestedBy, cancellationToken).ConfigureAwait(false);
        var noun = CommandParser.Noun(kind);
        return result.Outcome switch
        {
            UndoOutcome.Undone => new Reply(
                $"Undone: the last sync of {noun} {number} is reversed in {(result.Entry!.Target == Engine.Records.Side.Sales ? "Sales" : "Business Central")}; "
                + $"{CustomerViews.Fields(result.Entry.Fields.Count)} written back: {string.Join(", ", result.Entry.Fields.Select(f => $"{f.Field} to {(string.IsNullOrEmpty(f.NewValue) ? "(empty)" : f.NewValue)}"))}."),
            UndoOutcome.NothingToUndo => new Reply($"There is no sync of {noun} {number} to undo (it was never synchronized, or its last sync was already undone)."),
            UndoOutcome.ChangedSince => new Reply($"I can't undo the last sync of {noun} {number}: the record was changed after it, and I never overwrite a later edit. Send \"sync {noun} {number}\" to synchronize it again instead."),
            _ => new Reply($"The record the last sync of {noun} {number} wrote to no longer exists, so there is nothing to undo."),
        };
    }

    /// <summary>"Customer" or "Contact".</summary>
    public static string Title(RecordKind kind) => kind == RecordKind.Contact ? "Contact" : "Customer";

    /// <summary>The reply when no record has the number.</summary>
    public static Reply NotFound(RecordKind kind, string number) =>
        new($"{Title(kind)} {number} doesn't exist in Business Central. Check the number and try again.");

    private static string ButtonOf(string command) => command switch
    {
        "couple" => "Couple",
        "create" => "Create",
        "sync" => "Synchronize",
        "uncouple" => "Uncouple",
        "retry" => "Retry",
        "undo" => "Undo",
        _ => "Show",
    };
}
