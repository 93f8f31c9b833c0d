namespace CouplingBot.Bot.Conversation;

/// <summary>Who is asking in a turn, and where to tell them later.</summary>
/// <param name="RequestedBy">The person's name (or id), recorded on couplings, syncs and jobs.</param>
/// <param name="ConversationReference">Where a job's completion is posted (opaque here; see the proactive messaging); null when unknown.</param>
public sealed record TurnContext(string RequestedBy, string? ConversationReference = null);
