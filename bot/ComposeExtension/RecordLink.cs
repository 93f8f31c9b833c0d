using CouplingBot.Bot.Conversation;

namespace CouplingBot.Bot.ComposeExtension;

/// <summary>What a pasted link points at, as far as CouplingBot can tell from the URL alone.</summary>
public abstract record RecordLink;

/// <summary>A Business Central customer or contact, by its number (<c>No.</c>).</summary>
/// <param name="Kind">Customer or contact.</param>
/// <param name="Number">The record's number, e.g. "10000" or "CT000012".</param>
public sealed record BusinessCentralLink(RecordKind Kind, string Number) : RecordLink;

/// <summary>A Dynamics 365 Sales account or contact, by its id.</summary>
/// <param name="Kind">Customer (a Sales account) or contact.</param>
/// <param name="Id">The row's id.</param>
public sealed record SalesLink(RecordKind Kind, Guid Id) : RecordLink;
