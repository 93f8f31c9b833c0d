namespace CouplingBot.Engine.Sync;

/// <summary>
/// Failure bookkeeping, pure. The anchor's rule ("Skipped records"): a record whose same error repeats
/// in two runs is marked Skipped and excluded until Retry / Retry All; a success clears it.
/// </summary>
public static class SyncFailures
{
    /// <summary>How many failures in a row with the same error make a record Skipped.</summary>
    public const int RepeatsBeforeSkip = 2;

    /// <summary>
    /// The state after a failed run: the count goes up when the error is the same as the previous one
    /// (ordinal, ignoring surrounding white space) and restarts at one otherwise; the record is
    /// Skipped at <see cref="RepeatsBeforeSkip"/>. Once skipped it stays skipped until <see cref="Retry"/>.
    /// </summary>
    public static FailureState Failed(FailureState? previous, string error, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        var same = previous is not null && string.Equals(previous.Error.Trim(), error.Trim(), StringComparison.Ordinal);
        var count = same ? previous!.Count + 1 : 1;
        return new FailureState(error.Trim(), count, at, previous?.Skipped == true || count >= RepeatsBeforeSkip);
    }

    /// <summary>The state after a successful run: cleared (the anchor sets the last result to Success).</summary>
    public static FailureState? Succeeded(FailureState? previous) => null;

    /// <summary>
    /// A person's Retry: the record is no longer skipped and its count restarts, so it is skipped again
    /// only after two more identical failures. The last error is kept for display.
    /// </summary>
    public static FailureState? Retry(FailureState? previous) =>
        previous is null ? null : previous with { Count = 0, Skipped = false };

    /// <summary>True when the record is excluded from synchronization (Skipped, not retried).</summary>
    public static bool IsExcluded(FailureState? state) => state?.Skipped == true;

    /// <summary>
    /// True when the last run failed (or a person retried) and the record is not skipped: the anchor counts such a record as
    /// changed ("Changed = last sync failed and not skipped, OR modified later").
    /// </summary>
    public static bool IsPending(FailureState? state) => state is { Skipped: false };
}
