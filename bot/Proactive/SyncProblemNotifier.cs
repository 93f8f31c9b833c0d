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
/// first-time failures; the engine leaves out what an earlier run already reported), each record with a <b>Retry</b>
/// button: to the person who coupled the record from chat (<see cref="ICouplerDirectory"/>), in a 1:1 chat, one card
/// per person; the rest (coupler unknown, or the 1:1 chat can't be opened) to
/// <see cref="NotificationOptions.ChannelConversationId"/>. A run with no new problem posts nothing. Never throws for a
/// post that fails: it is logged, and the couplings still show the problems (<c>errors</c>).
/// </summary>
public sealed partial class SyncProblemNotifier(
    IConversationReferenceStore references,
    ICouplerDirectory couplers,
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

        var (byCoupler, unrouted) = await RouteAsync(report.NewProblems, cancellationToken).ConfigureAwait(false);
        foreach (var (coupler, problems) in byCoupler)
        {
            if (!await TryPostToCouplerAsync(coupler, report with { NewProblems = problems }, cancellationToken).ConfigureAwait(false))
            {
                unrouted.AddRange(problems);
            }
        }

        if (unrouted.Count > 0)
        {
            await PostToChannelAsync(report with { NewProblems = unrouted }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The card of one run's new problems, in record number order, each with a Retry.</summary>
    /// <param name="report">The run, with the problems to show.</param>
    /// <param name="forCoupler">True for the card sent to the person who coupled the records.</param>
    public static AdaptiveCard Card(IncrementalSyncReport report, bool forCoupler = false)
    {
        ArgumentNullException.ThrowIfNull(report);
        var kind = RecordKinds.OfMapping(report.Mapping);
        var noun = kind is { } k ? CommandParser.Noun(k) : report.Mapping.ToLowerInvariant();
        var problems = report.NewProblems
            .OrderBy(p => p.Number, StringComparer.OrdinalIgnoreCase)
            .Select(p => new ProblemRecordView(noun, p.Number, Reason(p), p.At, CanRetry: kind is not null))
            .ToList();
        var what = kind is { } plural ? CommandParser.Plural(plural) : report.Mapping;
        var title = forCoupler ? $"Scheduled sync of {what}: problems with records you coupled" : $"Scheduled sync of {what}: new problems";
        return RecordListCards.Problems(title, problems, "Every record went through.");
    }

    // Each problem to its coupler (one list per person: tenant + user id), or to the unrouted rest.
    private async Task<(IReadOnlyCollection<(ConversationReference Coupler, List<IncrementalSyncProblem> Problems)> ByCoupler, List<IncrementalSyncProblem> Unrouted)> RouteAsync(
        IReadOnlyList<IncrementalSyncProblem> problems, CancellationToken cancellationToken)
    {
        var byCoupler = new Dictionary<(string? TenantId, string UserId), (ConversationReference Coupler, List<IncrementalSyncProblem> Problems)>();
        var unrouted = new List<IncrementalSyncProblem>();
        foreach (var problem in problems)
        {
            if (await FindCouplerAsync(problem, cancellationToken).ConfigureAwait(false) is not { UserId: { } userId } coupler)
            {
                unrouted.Add(problem);
                continue;
            }

            if (!byCoupler.TryGetValue((coupler.TenantId, userId), out var entry))
            {
                byCoupler[(coupler.TenantId, userId)] = entry = (coupler, []);
            }

            entry.Problems.Add(problem);
        }

        return (byCoupler.Values, unrouted);
    }

    private async Task<ConversationReference?> FindCouplerAsync(IncrementalSyncProblem problem, CancellationToken cancellationToken)
    {
        try
        {
            return await couplers.FindAsync(problem.Mapping, problem.BusinessCentralId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ProactiveLog.CouplerNotRead(logger, ex, problem.Mapping, problem.Number);
            return null;
        }
    }

    private static string Reason(IncrementalSyncProblem problem) =>
        problem.Kind == IncrementalProblemKind.Conflict ? $"Conflict: {problem.Message}" : problem.Message;
}
