using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>What a chat message asks for, as understood by <see cref="CommandParser"/>.</summary>
public abstract record Command;

/// <summary><c>couple customer 10000</c>: show the set-up card for coupling.</summary>
public sealed record CoupleCommand(string Number) : Command;

/// <summary><c>sync customer 10000 [to sales|from sales]</c>: show the synchronize card, or sync at once with a direction.</summary>
public sealed record SyncCommand(string Number, SyncDirection? Direction) : Command;

/// <summary><c>uncouple customer 10000</c>.</summary>
public sealed record UncoupleCommand(string Number) : Command;

/// <summary><c>retry customer 10000</c>: un-skip a customer skipped after repeated failures, and sync it.</summary>
public sealed record RetryCommand(string Number) : Command;

/// <summary><c>show customer 10000</c>: the record card.</summary>
public sealed record ShowCommand(string Number) : Command;

/// <summary><c>help</c>.</summary>
public sealed record HelpCommand : Command;

/// <summary>A known verb without a record number, e.g. <c>couple</c> alone.</summary>
public sealed record MissingNumberCommand(string Verb) : Command;

/// <summary>A known verb for a kind of record CouplingBot does not handle yet (e.g. contacts).</summary>
public sealed record UnsupportedRecordCommand(string Verb, string RecordKind) : Command;

/// <summary>Not understood; <paramref name="Suggestion"/> is a close command when there is one.</summary>
public sealed record UnknownCommand(string Text, string? Suggestion) : Command;
