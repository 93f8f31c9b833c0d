namespace CouplingBot.Engine.Sync;

/// <summary>
/// The failures of a coupling's synchronization since its last success (the anchor keeps "last
/// result" and "Skipped" per coupling). Maintained by <see cref="SyncFailures"/>.
/// </summary>
/// <param name="Error">The last error, as a stable text (code and message, no request ids or times).</param>
/// <param name="Count">How many runs in a row failed with this same error.</param>
/// <param name="At">When the last failure happened.</param>
/// <param name="Skipped">Excluded from synchronization until a person retries.</param>
public sealed record FailureState(string Error, int Count, DateTimeOffset At, bool Skipped);
