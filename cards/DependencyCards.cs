using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>The card that fixes a failed sync on the spot by coupling the related record it needs.</summary>
public static class DependencyCards
{
    /// <summary>
    /// "Salesperson OF is not coupled to a Sales user": the failure, the Sales records the salesperson may be (most
    /// similar name first, the first preselected) and <b>Couple and synchronize again</b>. With no candidate it says
    /// what to do in Sales and offers no button.
    /// </summary>
    public static AdaptiveCard Fix(DependencyFixView fix)
    {
        ArgumentNullException.ThrowIfNull(fix);
        var title = $"{Capital(fix.RelatedNoun)} {fix.RelatedKey} is not coupled";
        List<CardElement> body =
        [
            Title(title),
            Subtle($"The synchronization of {fix.RecordKind} {fix.Number} needs it, so nothing was written."),
            Text(fix.Message),
        ];

        if (fix.Candidates.Count == 0)
        {
            body.Add(Text($"No uncoupled {fix.SalesNoun} looks like {fix.RelatedName}. Add the {fix.SalesNoun} in Sales, then send \"sync {fix.RecordKind} {fix.Number}\" again."));
            return Card(title, body);
        }

        body.Add(Heading($"Which {fix.SalesNoun} is {fix.RelatedNoun} {fix.RelatedKey} ({fix.RelatedName})?"));
        body.Add(new InputChoiceSet(CardInputIds.SalesId, [.. fix.Candidates.Select(c => new Choice($"{c.Name} · {c.Score}", c.Id))])
        {
            Label = fix.SalesNoun,
            Style = ChoiceInputStyle.Expanded,
            Value = fix.Candidates[0].Id,
            IsRequired = true,
            ErrorMessage = $"Choose the {fix.SalesNoun} to couple with.",
            Wrap = true,
        });
        return Card(title, body, Execute("Couple and synchronize again", CardVerbs.CoupleDependency,
            new DependencyCoupleAction(fix.Mapping, fix.RelatedKey, fix.RecordKind, fix.Number, fix.Direction), ActionStyle.Positive));
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
