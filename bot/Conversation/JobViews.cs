using System.Globalization;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Jobs;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Jobs as the job cards show them. <c>JobCards.Status(JobViews.Of(job))</c> is a job's card at any
/// point of its life (what the completion notifier sends when a job ends).
/// </summary>
public static class JobViews
{
    /// <summary>A job with its progress, counters and problem count.</summary>
    public static JobView Of(JobInfo job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var c = job.Counters;
        RecordFact[] counters =
        [
            new("Created in Sales", Count(c.Inserted)),
            new("Coupled", Count(c.Coupled)),
            new("Updated", Count(c.Modified)),
            new("Already in step", Count(c.Unchanged)),
            new("Uncoupled", Count(c.Uncoupled)),
            new("Skipped", Count(c.Skipped)),
            new("Failed", Count(c.Failed)),
        ];
        var state = job.Status switch
        {
            JobStatus.Queued => JobState.Queued,
            JobStatus.Running => JobState.Running,
            JobStatus.Completed => JobState.Completed,
            _ => JobState.Failed,
        };
        int? total = job.Request.All && job.Items.Count == 0 && !job.IsFinished ? null : job.Items.Count;
        return new JobView(
            job.Id, What(job.Request), state, job.Request.RequestedBy, job.CreatedAt, job.IsFinished ? job.FinishedAt ?? job.CreatedAt : null,
            c.Total, total, [.. counters.Where(f => f.Value != "0")], c.Failed + c.Skipped, job.Message);
    }

    /// <summary>What a job does, e.g. "Synchronize 3 customers (Business Central -> Sales)".</summary>
    public static string What(JobRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var kind = RecordKinds.OfMapping(request.Mapping);
        var noun = kind is { } k ? CommandParser.Plural(k) : $"{request.Mapping.ToLowerInvariant()} records";
        var records = request.All
            ? $"all {(request.Kind == JobKind.Couple ? "uncoupled" : "coupled")} {noun}"
            : request.Records.Count == 1 && kind is { } one ? $"{CommandParser.Noun(one)} {request.Records[0]}" : $"{request.Records.Count} {noun}";
        return request.Kind switch
        {
            JobKind.Sync => $"Synchronize {records} ({CustomerViews.Label(request.Direction)})",
            JobKind.Couple => $"Couple {records} by match",
            _ => $"Uncouple {records}",
        };
    }

    /// <summary>A failed or skipped item of a job; Retry is offered when <paramref name="canRetry"/> and the job synchronized.</summary>
    public static ProblemRecordView Problem(JobRequest request, JobError error, bool canRetry)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(error);
        var kind = RecordKinds.OfMapping(request.Mapping) ?? RecordKind.Customer;
        return new ProblemRecordView(CommandParser.Noun(kind), error.Record, error.Message, error.At, CanRetry: canRetry && request.Kind == JobKind.Sync);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
