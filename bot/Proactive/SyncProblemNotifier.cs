using CouplingBot.Bot.Conversation;
using CouplingBot.Bot.Protocol;
using CouplingBot.Cards;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Incremental;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// Posts the new problems of a scheduled incremental run (<see cref="IncrementalSyncReport.NewProblems"/>: conflicts and
/// first-time failures; the engine leaves out what an earlier run already reported) as one card per run, each record
/// with a <b>Retry</b> button, into <see cref="NotificationOptions.ChannelConversationId"/>. A run with no new problem
/// posts nothing.
/// </summary>
/// <remarks>
/// Problems go to the configured conversation only, not to the person who coupled the record: a coupling's
/// <c>CoupledBy</c> is the coupler's display name, which does not address a person, and a 1:1 chat would also need
/// the bot installed for that user. With no conversation configured (or none stored under that id) the problems are
/// logged and the couplings still show them (<c>problems</c>).
/// </remarks>
public sealed class SyncProblemNotifier(
    IConversationReferenceStore references,
    IConnectorClient connector,
    IOptions<NotificationOptions> options,
    ILogger<SyncProblemNotifier> logger) : IIncrementalSyncObserver
{
    /// <inheritdoc />
    public async Task RunCompletedAsync(IncrementalSyncReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.NewProblems.Count == 0)
        {
            return;
        }

        if (options.Value.ChannelConversationId is not { Length: > 0 } channel)
        {
            ProactiveLog.NoProblemChannel(logger, report.Mapping, report.NewProblems.Count);
            return;
        }

        if (await references.FindAsync(channel, cancellationToken).ConfigureAwait(false) is not { } reference)
        {
            ProactiveLog.UnknownProblemChannel(logger, report.Mapping, report.NewProblems.Count, channel);
            return;
        }

        var card = Reply.WithCard(Card(report));
        await connector.SendAsync(reference.ToContinuationActivity(), OutgoingActivities.Message(card), cancellationToken).ConfigureAwait(false);
        ProactiveLog.ProblemsPosted(logger, report.Mapping, report.NewProblems.Count, channel);
    }

    /// <summary>The card of one run's new problems, in record number order, each with a Retry.</summary>
    public static AdaptiveCard Card(IncrementalSyncReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var kind = RecordKinds.OfMapping(report.Mapping);
        var noun = kind is { } k ? CommandParser.Noun(k) : report.Mapping.ToLowerInvariant();
        var problems = report.NewProblems
            .OrderBy(p => p.Number, StringComparer.OrdinalIgnoreCase)
            .Select(p => new ProblemRecordView(noun, p.Number, Reason(p), p.At, CanRetry: kind is not null))
            .ToList();
        var title = kind is { } plural ? $"Scheduled sync of {CommandParser.Plural(plural)}: new problems" : $"Scheduled sync of {report.Mapping}: new problems";
        return RecordListCards.Problems(title, problems, "Every record went through.");
    }

    private static string Reason(IncrementalSyncProblem problem) =>
        problem.Kind == IncrementalProblemKind.Conflict ? $"Conflict: {problem.Message}" : problem.Message;
}
