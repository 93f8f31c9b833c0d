using CouplingBot.Cards;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Work on more than one record: a confirmation card first, then a job on the queue, its state card
/// (Refresh while it runs, Details when records failed), and <c>status JOBID</c> for one job.
/// </summary>
public sealed partial class JobConversation(CouplingService service, IJobQueue jobs)
{
    /// <summary>The most numbers one <c>sync customers ...</c> message may list.</summary>
    public const int MaxListedRecords = 100;

    /// <summary><c>sync customers 10000 20000</c>: the confirmation card of a sync job over the listed records.</summary>
    public static Reply ConfirmSyncMany(RecordKind kind, IReadOnlyList<string> numbers, SyncDirection? direction)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        if (numbers.Count > MaxListedRecords)
        {
            return new Reply($"That's {numbers.Count} {CommandParser.Plural(kind)}; I take at most {MaxListedRecords} in one message. Send \"sync all {CommandParser.Plural(kind)}\" to synchronize every coupled one.");
        }

        var chosen = direction ?? SyncDirection.ToSales;
        var data = new JobRequestData("sync", CommandParser.Noun(kind), numbers, All: false, ChoiceOf(chosen));
        return Reply.WithCard(JobCards.Confirm(
            $"Synchronize {numbers.Count} {CommandParser.Plural(kind)}?",
            $"{CustomerViews.Label(chosen)}: {Overwrites(kind, chosen)} I'll run it as a job and tell you how it went.",
            [.. numbers.Take(RecordListCards.MaxRows).Select(n => $"{CommandParser.Noun(kind)} {n}"), .. More(numbers.Count)],
            new ActionExecute("Synchronize", CardVerbs.ConfirmJob) { Data = data, Style = ActionStyle.Positive },
            new ActionExecute("Cancel", CardVerbs.CancelJob) { Data = data }));
    }

    /// <summary><c>sync all customers</c>: the confirmation card of a sync job over every coupled record.</summary>
    public static Reply ConfirmSyncAll(RecordKind kind, SyncDirection? direction)
    {
        var chosen = direction ?? SyncDirection.ToSales;
        var data = new JobRequestData("sync", CommandParser.Noun(kind), [], All: true, ChoiceOf(chosen));
        return Reply.WithCard(JobCards.Confirm(
            $"Synchronize all coupled {CommandParser.Plural(kind)}?",
            $"{CustomerViews.Label(chosen)}: {Overwrites(kind, chosen)} I'll run it as a job and tell you how it went.",
            ["Add \"to sales\" or \"from sales\" to the command to choose the direction."],
            new ActionExecute("Synchronize all", CardVerbs.ConfirmJob) { Data = data, Style = ActionStyle.Positive },
            new ActionExecute("Cancel", CardVerbs.CancelJob) { Data = data }));
    }

    /// <summary>Confirm on a confirmation card: enqueues the job and answers with its state card.</summary>
    public async Task<CardActionResult> StartAsync(JobRequestData data, string requestedBy, string? conversationReference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var kind = RecordKinds.Parse(data.RecordKind);
        var mapping = service.Mappings.Mapping(kind).Name;
        var numbers = (data.Numbers ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        var request = data.Job switch
        {
            "couple" => JobRequest.Couple(mapping, null, RecordKinds.MatchCriteria(kind), requestedBy, conversationReference),
            "sync" when data.All => JobRequest.ForAll(JobKind.Sync, mapping, DirectionOf(data.Direction), requestedBy, conversationReference),
            "sync" when numbers.Count > 0 => JobRequest.For(JobKind.Sync, mapping, numbers, DirectionOf(data.Direction), requestedBy, conversationReference),
            _ => throw new ArgumentException($"\"{data.Job}\" is not a job this card can start.", nameof(data)),
        };

        var id = await jobs.EnqueueAsync(request, cancellationToken).ConfigureAwait(false);
        var job = await jobs.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return job is null
            ? CardActionResult.Replace(MessageCards.Note("Job started", $"{JobViews.What(request)}: started as job {id}. Send \"status {id}\" to see how it goes."))
            : CardActionResult.Replace(JobCards.Status(JobViews.Of(job)));
    }

    /// <summary>Cancel on a confirmation card: says nothing was started.</summary>
    public static CardActionResult Cancel() =>
        CardActionResult.Replace(MessageCards.Note("Cancelled", "Nothing was started and nothing changed."));

    /// <summary>Refresh on a job card, or <c>status JOBID</c>: the job's state card.</summary>
    public async Task<AdaptiveCard> StatusAsync(string jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        var job = await jobs.GetAsync(jobId.Trim(), cancellationToken).ConfigureAwait(false);
        return job is null
            ? MessageCards.Problem("No such job", $"I have no job \"{jobId}\".", "Check the id at the bottom of the job's card and try again.")
            : JobCards.Status(JobViews.Of(job));
    }

    /// <summary>Details on a job card: its failed and skipped records, each with Retry where it helps.</summary>
    public async Task<AdaptiveCard> DetailsAsync(string jobId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        var job = await jobs.GetAsync(jobId, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return MessageCards.Problem("No such job", $"I have no job \"{jobId}\".", "Check the id at the bottom of the job's card and try again.");
        }

        var errors = await jobs.ErrorsAsync(jobId, cancellationToken).ConfigureAwait(false);
        var skipped = await jobs.SkippedAsync(jobId, cancellationToken).ConfigureAwait(false);
        List<ProblemRecordView> problems =
        [
            .. errors.Select(e => JobViews.Problem(job.Request, e, canRetry: true)),
            .. skipped.Select(s => JobViews.Problem(job.Request, s with { Message = "Skipped: " + s.Message }, canRetry: false)),
        ];
        return JobCards.Details(JobViews.Of(job), problems);
    }

    private static string Overwrites(RecordKind kind, SyncDirection direction) => direction == SyncDirection.FromSales
        ? $"where they differ, the Business Central {CommandParser.Plural(kind)} get the values of their {RecordKinds.SalesNoun(kind)}s."
        : $"where they differ, the {RecordKinds.SalesNoun(kind)}s get the values of their Business Central {CommandParser.Plural(kind)}.";

    private static string[] More(int count) => count > RecordListCards.MaxRows ? [$"and {count - RecordListCards.MaxRows} more"] : [];

    private static string ChoiceOf(SyncDirection direction) => SyncDirectionChoices.ToValue(CustomerViews.ToChoice(direction));

    private static SyncDirection DirectionOf(string? value) =>
        SyncDirectionChoices.TryParse(value, out var choice) ? CustomerViews.ToDirection(choice) : throw new ArgumentException($"\"{value}\" is not a direction.", nameof(value));
}
