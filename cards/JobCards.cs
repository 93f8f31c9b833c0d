using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>Cards about jobs: the confirmation before one starts, its state, and its problem records.</summary>
public static partial class JobCards
{
    /// <summary>
    /// Asks before a bulk or destructive action: what will happen, then <b>Confirm</b> (sending
    /// <paramref name="confirm"/>) or <b>Cancel</b> (sending <paramref name="cancel"/>).
    /// </summary>
    public static AdaptiveCard Confirm(string title, string message, IReadOnlyList<string> details, ActionExecute confirm, ActionExecute cancel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(confirm);
        ArgumentNullException.ThrowIfNull(cancel);

        List<CardElement> body = [Title(title), Text(message)];
        body.AddRange(details.Select(d => new TextBlock("• " + d) { Wrap = true, Spacing = Spacing.None }));
        return Card($"{title}: {message} Confirm or cancel.", body, confirm, cancel);
    }

    /// <summary>
    /// A job's state: what it does, who asked, progress or final counters. While it runs:
    /// <b>Refresh</b>. When it ended with failed or skipped records: <b>Details</b>. The notifier
    /// sends this card again (or replaces the started card with it) when the job ends.
    /// </summary>
    public static AdaptiveCard Status(JobView job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var (headline, color) = job.State switch
        {
            JobState.Queued => ("Job queued", TextColor.Default),
            JobState.Running => ("Job running", TextColor.Accent),
            JobState.Completed when job.Problems > 0 => ("Job finished with problems", TextColor.Warning),
            JobState.Completed => ("Job finished", TextColor.Good),
            _ => ("Job failed", TextColor.Attention),
        };

        var progress = job.Total is { } total ? $"{job.Processed} of {total}" : $"{job.Processed} so far";
        List<Fact> facts =
        [
            new("Requested by", job.RequestedBy),
            new("Started", When(job.CreatedAt)),
            new(job.FinishedAt is null ? "Progress" : "Records", job.FinishedAt is null ? progress : job.Processed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
        if (job.FinishedAt is { } finished)
        {
            facts.Add(new("Finished", When(finished)));
        }

        List<CardElement> body =
        [
            new TextBlock(headline) { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = color, Wrap = true },
            Text(job.What),
            new FactSet(facts),
        ];
        if (job.Counters.Count > 0)
        {
            body.Add(Heading("Results"));
            body.Add(Facts(job.Counters));
        }

        if (!string.IsNullOrWhiteSpace(job.Message))
        {
            body.Add(new TextBlock(job.Message) { Color = TextColor.Attention, Wrap = true, Spacing = Spacing.Medium });
        }

        body.Add(Subtle($"Job {job.Id}"));
        var data = new JobIdData(job.Id);
        List<CardAction> actions = [];
        if (job.State is JobState.Queued or JobState.Running)
        {
            actions.Add(Execute("Refresh", CardVerbs.RefreshJob, data));
        }
        else if (job.Problems > 0)
        {
            actions.Add(Execute("Details", CardVerbs.JobDetails, data));
        }

        return Card($"{headline}: {job.What}", body, actions);
    }

    /// <summary>A job's failed and skipped records, each with its reason and a <b>Retry</b> where it can help.</summary>
    public static AdaptiveCard Details(JobView job, IReadOnlyList<ProblemRecordView> problems)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(problems);
        return RecordListCards.Problems($"Details: {job.What}", problems, "Every record of this job went through.");
    }
}
