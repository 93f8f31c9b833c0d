namespace CouplingBot.Engine.Jobs;

/// <summary>How a job's items ended so far.</summary>
/// <remarks>
/// Counters are saved together with the checkpoint, so they count exactly the items before it. An
/// item re-run after a crash counts once, as what it is on the re-run (usually <see cref="Unchanged"/>,
/// since its write already happened).
/// </remarks>
public sealed record JobCounters(int Inserted = 0, int Modified = 0, int Unchanged = 0, int Skipped = 0, int Failed = 0, int Coupled = 0, int Uncoupled = 0)
{
    /// <summary>All items counted.</summary>
    public int Total => Inserted + Modified + Unchanged + Skipped + Failed + Coupled + Uncoupled;

    /// <summary>These counters with one more item that ended as <paramref name="outcome"/>.</summary>
    public JobCounters Add(JobItemOutcome outcome) => outcome switch
    {
        JobItemOutcome.Inserted => this with { Inserted = Inserted + 1 },
        JobItemOutcome.Modified => this with { Modified = Modified + 1 },
        JobItemOutcome.Unchanged => this with { Unchanged = Unchanged + 1 },
        JobItemOutcome.Skipped => this with { Skipped = Skipped + 1 },
        JobItemOutcome.Failed => this with { Failed = Failed + 1 },
        JobItemOutcome.Coupled => this with { Coupled = Coupled + 1 },
        JobItemOutcome.Uncoupled => this with { Uncoupled = Uncoupled + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
    };
}
