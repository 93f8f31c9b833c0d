using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>The card of match-based coupling: what a dry run found, to confirm as a couple job.</summary>
public static class MatchCards
{
    /// <summary>
    /// What would be coupled, created and left alone (with the reasons), then <b>Couple</b> (starts the
    /// couple job) or <b>Cancel</b>. With nothing to couple or create there is nothing to confirm.
    /// </summary>
    public static AdaptiveCard Plan(MatchPlanView plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var kind = plan.RecordKind;
        var summary = $"{plan.ToCouple.Count} to couple, {plan.ToCreate.Count} to create in Sales, {plan.LeftAlone.Count} left alone";
        List<CardElement> body =
        [
            Title($"Match {kind}s: dry run"),
            Text($"Nothing has changed yet. If you go ahead: {summary}."),
        ];
        Section(body, $"Would be coupled ({plan.ToCouple.Count})", plan.ToCouple);
        Section(body, $"Would get a new Sales record ({plan.ToCreate.Count})", plan.ToCreate);
        Section(body, $"Left alone ({plan.LeftAlone.Count})", plan.LeftAlone);

        if (plan.ToCouple.Count + plan.ToCreate.Count == 0)
        {
            body.Add(new TextBlock($"There is nothing to couple. Couple {kind}s one by one with \"couple {kind} <number>\".") { Wrap = true, Spacing = Spacing.Medium });
            return Card($"Match {kind}s: {summary}.", body);
        }

        var data = new JobRequestData("couple", kind, [], All: true, SyncDirectionChoices.ToSalesValue);
        return Card(
            $"Match {kind}s: {summary}. Couple or cancel.",
            body,
            Execute("Couple", CardVerbs.ConfirmJob, data, ActionStyle.Positive),
            Execute("Cancel", CardVerbs.CancelJob, data));
    }

    private static void Section(List<CardElement> body, string heading, IReadOnlyList<RecordFact> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        body.Add(Heading(heading));
        body.Add(Facts(rows.Take(RecordListCards.MaxRows)));
        if (rows.Count > RecordListCards.MaxRows)
        {
            body.Add(Subtle($"And {rows.Count - RecordListCards.MaxRows} more."));
        }
    }
}
