namespace CouplingBot.Engine.Sync;

/// <summary>What to offer a person who asks to synchronize one record now.</summary>
/// <param name="Recommended">The default choice; null when a person must pick (a conflict).</param>
/// <param name="Allowed">The choices to offer, the recommended one first.</param>
/// <param name="Warning">What the person should know before choosing; null when nothing.</param>
public sealed record SyncAdvice(SyncDirection? Recommended, IReadOnlyList<SyncDirection> Allowed, string? Warning);
