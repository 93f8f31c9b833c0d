using CouplingBot.Cards;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Service;

namespace CouplingBot.Bot.Conversation;

public sealed partial class JobConversation
{
    /// <summary>
    /// <c>match customers</c>: a dry run of match-based coupling over every uncoupled record (nothing is
    /// written), shown as a card that lists what would be coupled and left alone, with <b>Couple</b> to
    /// start it as a couple job.
    /// </summary>
    public async Task<Reply> MatchAsync(RecordKind kind, string requestedBy, CancellationToken cancellationToken)
    {
        var report = await service.MatchAndCoupleAsync(service.Mappings.Mapping(kind), RecordKinds.MatchCriteria(kind), dryRun: true, requestedBy, cancellationToken)
            .ConfigureAwait(false);
        return report.Entries.Count == 0
            ? new Reply($"Every {CommandParser.Noun(kind)} is coupled already; there is nothing to match.")
            : Reply.WithCard(MatchCards.Plan(PlanOf(kind, report)));
    }

    /// <summary>A dry run's report as the card shows it: each record with the reason.</summary>
    public static MatchPlanView PlanOf(RecordKind kind, MatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        RecordFact[] Rows(MatchAction action) =>
            [.. report.Entries.Where(e => e.Action == action).Select(e => new RecordFact(e.Number, e.Reason))];
        return new MatchPlanView(CommandParser.Noun(kind), Rows(MatchAction.Couple), Rows(MatchAction.CreateNew), Rows(MatchAction.LeaveAlone));
    }
}
