namespace CouplingBot.Cards.Views;

/// <summary>The outcome of synchronizing one coupled pair.</summary>
/// <param name="DirectionLabel">The direction as people read it, e.g. "Business Central -> Sales".</param>
/// <param name="Changes">The fields written; empty when both sides were already in step.</param>
/// <param name="SyncedAt">When the synchronization ran.</param>
public sealed record SyncResultView(string DirectionLabel, IReadOnlyList<FieldChangeView> Changes, DateTimeOffset SyncedAt);
