namespace CouplingBot.Cards.Views;

/// <summary>What match-based coupling would do (a dry run), as the confirmation card shows it.</summary>
/// <param name="RecordKind">"customer" or "contact".</param>
/// <param name="ToCouple">Records that would be coupled to an existing Sales record, each with the reason.</param>
/// <param name="ToCreate">Records that would get a new Sales record.</param>
/// <param name="LeftAlone">Records that would be left alone, each with the reason.</param>
public sealed record MatchPlanView(
    string RecordKind, IReadOnlyList<RecordFact> ToCouple, IReadOnlyList<RecordFact> ToCreate, IReadOnlyList<RecordFact> LeftAlone);
