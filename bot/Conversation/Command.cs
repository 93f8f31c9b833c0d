using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>The kinds of Business Central record a person can name in a command.</summary>
public enum RecordKind
{
    /// <summary>A customer, coupled with a Sales account (mapping <c>CUSTOMER</c>).</summary>
    Customer,

    /// <summary>A contact, coupled with a Sales contact (mapping <c>CONTACT</c>).</summary>
    Contact,
}

/// <summary>A record as a person named it: by number (<c>10000</c>, <c>CT000012</c>) or by (part of) its name.</summary>
/// <param name="Kind">Customer or contact.</param>
/// <param name="Key">The number, upper-cased, or the name words as typed (lower-cased).</param>
/// <param name="IsName">True when <paramref name="Key"/> is a name to search for rather than a number.</param>
public sealed record RecordRef(RecordKind Kind, string Key, bool IsName = false);

/// <summary>What a chat message asks for, as understood by <see cref="CommandParser"/>.</summary>
public abstract record Command;

/// <summary><c>show customer 10000</c>: the record card.</summary>
public sealed record ShowCommand(RecordRef Record) : Command;

/// <summary><c>find customer cannon</c>: the records whose name contains the words, to pick one.</summary>
public sealed record FindCommand(RecordKind Kind, string Name) : Command;

/// <summary><c>couple customer 10000</c>: show the set-up card for coupling.</summary>
public sealed record CoupleCommand(RecordRef Record) : Command;

/// <summary><c>create customer 10000</c>: create the record in Sales and couple it.</summary>
public sealed record CreateCommand(RecordRef Record) : Command;

/// <summary><c>sync customer 10000 [to sales|from sales]</c>: the synchronize card, or sync at once with a direction.</summary>
public sealed record SyncCommand(RecordRef Record, SyncDirection? Direction) : Command;

/// <summary><c>sync customers 10000 20000 30000</c>: a sync job over the listed records, after a confirmation.</summary>
public sealed record SyncManyCommand(RecordKind Kind, IReadOnlyList<string> Numbers, SyncDirection? Direction) : Command;

/// <summary><c>sync all customers</c>: a sync job over every coupled record, after a confirmation.</summary>
public sealed record SyncAllCommand(RecordKind Kind, SyncDirection? Direction) : Command;

/// <summary><c>uncouple customer 10000</c>: a confirmation card, then the coupling is removed.</summary>
public sealed record UncoupleCommand(RecordRef Record) : Command;

/// <summary><c>retry customer 10000</c>: un-skip a record skipped after repeated failures, and sync it.</summary>
public sealed record RetryCommand(RecordRef Record) : Command;

/// <summary><c>undo sync customer 10000</c>: write back what the last sync replaced.</summary>
public sealed record UndoSyncCommand(RecordRef Record) : Command;

/// <summary><c>match customers</c>: a dry run of match-based coupling, then a couple job after a confirmation.</summary>
public sealed record MatchCommand(RecordKind Kind) : Command;

/// <summary>
/// <c>status</c> (the requester's recent jobs), <c>status all</c> (everyone's, when <paramref name="All"/>)
/// or <c>status JOBID</c> (one job).
/// </summary>
public sealed record StatusCommand(string? JobId, bool All = false) : Command;

/// <summary><c>errors</c>: records whose last sync failed, each with Retry.</summary>
public sealed record ErrorsCommand(RecordKind Kind) : Command;

/// <summary><c>skipped</c>: records skipped after failing twice, each with Retry.</summary>
public sealed record SkippedCommand(RecordKind Kind) : Command;

/// <summary><c>help</c>.</summary>
public sealed record HelpCommand : Command;

/// <summary>A known verb without a record, e.g. <c>couple</c> alone.</summary>
public sealed record MissingNumberCommand(string Verb, RecordKind Kind = RecordKind.Customer) : Command;

/// <summary>A known verb with something it can't do, e.g. several numbers for <c>couple</c>; <paramref name="Help"/> says what works.</summary>
public sealed record InvalidCommand(string Help) : Command;

/// <summary>Not understood; <paramref name="Suggestion"/> is a close command when there is one.</summary>
public sealed record UnknownCommand(string Text, string? Suggestion) : Command;
