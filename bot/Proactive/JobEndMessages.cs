using System.Globalization;
using CouplingBot.Bot.Conversation;
using CouplingBot.Cards;
using CouplingBot.Engine.Jobs;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// The job-end messages: one sentence, "Synchronize customer 10000 (Sales -> Business Central) finished: 1 modified."
/// or "... failed: reason", and the job's card in its final state (<c>JobCards.Status</c>) in place of the card that
/// started it.
/// </summary>
public sealed class JobEndMessages : IJobEndMessages
{
    /// <inheritdoc />
    public Reply Completion(JobInfo job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new Reply(Summary(job));
    }

    /// <inheritdoc />
    public Reply? FinalCard(JobInfo job) => Reply.WithCard(JobCards.Status(JobViews.Of(job)));

    /// <summary>One sentence on how the job ended.</summary>
    public static string Summary(JobInfo job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var what = JobViews.What(job.Request);
        if (job.Status == JobStatus.Failed)
        {
            var reason = string.IsNullOrWhiteSpace(job.Message) ? "no reason was recorded" : job.Message.Trim().TrimEnd('.');
            return $"{what} failed: {reason}. Nothing more will be done; send the command again to retry.";
        }

        var counts = Counts(job.Counters);
        return counts.Length == 0 ? $"{what} finished: there was nothing to do." : $"{what} finished: {counts}.";
    }

    private static string Counts(JobCounters c)
    {
        (int Count, string Label)[] parts =
        [
            (c.Inserted, "created"), (c.Modified, "modified"), (c.Coupled, "coupled"), (c.Uncoupled, "uncoupled"),
            (c.Unchanged, "unchanged"), (c.Skipped, "skipped"), (c.Failed, "failed"),
        ];
        return string.Join(", ", parts.Where(p => p.Count > 0).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Count} {p.Label}")));
    }
}
