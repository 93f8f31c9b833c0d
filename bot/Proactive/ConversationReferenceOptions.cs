using CouplingBot.Engine.Storage;

namespace CouplingBot.Bot.Proactive;

/// <summary>Where conversation references (and couplers) live: tables on the engine's storage (section <c>Storage</c>).</summary>
public sealed class ConversationReferenceOptions
{
    /// <summary>The configuration section (shared with <see cref="StorageOptions"/>).</summary>
    public const string SectionName = StorageOptions.SectionName;

    /// <summary>The table that holds conversation references.</summary>
    public string ConversationReferencesTable { get; set; } = "ConversationReferences";

    /// <summary>The table that holds who coupled each record from chat (<see cref="ICouplerDirectory"/>).</summary>
    public string CouplersTable { get; set; } = "Couplers";
}
