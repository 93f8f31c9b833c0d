using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>The list of recent jobs.</summary>
public static partial class JobCards
{
    /// <summary>
    /// Recent jobs, newest first: each with what it does, where it is, its counters and when, and a button:
    /// <b>Refresh</b> while it runs, <b>Details</b> when it ended with problems, <b>Open</b> otherwise.
    /// </summary>
    public static AdaptiveCard Recent(string title, IReadOnlyList<JobView> jobs, string noneText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentException.ThrowIfNullOrWhiteSpace(noneText);
        List<CardElement> body = [Title(title)];
        if (jobs.Count == 0)
        {
            body.Add(Text(noneText));
            return Card($"{title}: {noneText}", body);
        }

        foreach (var job in jobs.Take(RecordListCards.MaxRows))
        {
            var (state, color) = StateOf(job);
            var counters = job.Counters.Count == 0 ? "" : " · " + string.Join(", ", job.Counters.Select(c => $"{c.Label} {c.Value}"));
            var when = job.FinishedAt is { } finished ? $"finished {When(finished)}" : $"started {When(job.CreatedAt)}";
            List<CardElement> items =
            [
                new TextBlock($"**{job.What}**") { Wrap = true },
                new TextBlock(state + counters) { Color = color, Wrap = true, Spacing = Spacing.None },
                Subtle($"{job.RequestedBy}, {when}"),
            ];
            body.Add(new ColumnSet([new Column(items) { Width = Column.StretchWidth }, new Column([new ActionSet([ButtonOf(job)])]) { Width = Column.AutoWidth }]) { Separator = true });
        }

        return Card(
            $"{title}: " + string.Join("; ", jobs.Take(RecordListCards.MaxRows).Select(j => $"{j.What} ({StateOf(j).Text})")),
            body);
    }

    private static (string Text, TextColor Color) StateOf(JobView job) => job.State switch
    {
        JobState.Queued => ("Queued", TextColor.Default),
        JobState.Running => (job.Total is { } total ? $"Running, {job.Processed} of {total}" : $"Running, {job.Processed} so far", TextColor.Accent),
        JobState.Completed when job.Problems > 0 => ("Finished with problems", TextColor.Warning),
        JobState.Completed => ("Finished", TextColor.Good),
        _ => ("Failed", TextColor.Attention),
    };

    private static ActionExecute ButtonOf(JobView job)
    {
        var data = new JobIdData(job.Id);
        return job.State switch
        {
            JobState.Queued or JobState.Running => Execute("Refresh", CardVerbs.RefreshJob, data),
            _ when job.Problems > 0 => Execute("Details", CardVerbs.JobDetails, data),
            _ => Execute("Open", CardVerbs.RefreshJob, data),
        };
    }
}
