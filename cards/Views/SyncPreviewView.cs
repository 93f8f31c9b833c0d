namespace CouplingBot.Cards.Views;

/// <summary>What synchronizing would change, field by field, shown before a person synchronizes.</summary>
/// <param name="DirectionLabel">The direction previewed, e.g. "Business Central -> Sales".</param>
/// <param name="Changes">Each field that would be written, its value now and the value it would get; empty when in step.</param>
/// <param name="Warning">What to know before choosing (e.g. both sides changed); null when nothing.</param>
/// <param name="Direction">The direction to preselect: "toSales" or "fromSales".</param>
public sealed record SyncPreviewView(string DirectionLabel, IReadOnlyList<FieldChangeView> Changes, string? Warning, string Direction);
