using CouplingBot.Bot.Proactive;

namespace CouplingBot.Bot.Conversation;

/// <summary>Who is asking in a turn, and where to tell them later.</summary>
/// <param name="RequestedBy">The person's name (or id), recorded on couplings, syncs and jobs.</param>
/// <param name="ConversationReference">Where a job's completion is posted (opaque here; see the proactive messaging); null when unknown.</param>
/// <param name="Requester">
/// The person in this conversation, as a reference the bot can post to later (or open a 1:1 chat from): kept for records
/// they couple, so scheduled-sync problems with those records reach them. Null when the activity has no conversation.
/// </param>
public sealed record TurnContext(string RequestedBy, string? ConversationReference = null, ConversationReference? Requester = null);
