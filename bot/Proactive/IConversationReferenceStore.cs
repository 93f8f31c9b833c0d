namespace CouplingBot.Bot.Proactive;

/// <summary>Where conversation references are kept, by conversation id.</summary>
public interface IConversationReferenceStore
{
    /// <summary>The reference of a conversation, or null when the bot has none.</summary>
    Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Stores (inserts or replaces) a reference.</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken);
}
