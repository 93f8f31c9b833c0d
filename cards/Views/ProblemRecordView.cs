namespace CouplingBot.Cards.Views;

/// <summary>A record that failed or was skipped, with the reason, and whether a Retry can help.</summary>
/// <param name="RecordKind">"customer" or "contact".</param>
/// <param name="Number">The Business Central number.</param>
/// <param name="Reason">Why, in words fit for people.</param>
/// <param name="At">When it happened; null when unknown.</param>
/// <param name="CanRetry">True to offer a Retry button.</param>
public sealed record ProblemRecordView(string RecordKind, string Number, string Reason, DateTimeOffset? At, bool CanRetry);
