using System.Globalization;
using CouplingBot.Cards.Actions;
using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards;

/// <summary>Cards for coupling a customer with a Sales account (or a contact with a Sales contact).</summary>
public static class CouplingCards
{
    /// <summary>
    /// The set-up card: the customer, the Sales accounts that may be it (best first, the first
    /// preselected), "Synchronize after coupling", the direction, and <b>Set Up Coupling</b>.
    /// <b>Create in Sales</b> makes a new Sales record from this one instead. With no candidates it says so and offers
    /// only that.
    /// </summary>
    public static AdaptiveCard SetUp(CustomerView customer, IReadOnlyList<CandidateView> candidates)
    {
        ArgumentNullException.ThrowIfNull(customer);
        ArgumentNullException.ThrowIfNull(candidates);

        List<CardElement> body =
        [
            Title(CustomerTitle(customer)),
            Subtle($"Business Central {customer.Kind.Noun}"),
            Facts(customer.Facts),
            NotCoupled(customer),
            Heading($"Sales {customer.Kind.SalesNoun}s that may be this {customer.Kind.Noun}"),
        ];

        if (candidates.Count == 0)
        {
            body.Add(Text(
                $"No Sales {customer.Kind.SalesNoun} looks like this {customer.Kind.Noun}. Create one in Sales from it, and the two are coupled."));
            return Card($"No Sales {customer.Kind.SalesNoun} looks like {customer.Kind.Noun} {customer.Number}.", body, CreateInSales(customer, ActionStyle.Positive));
        }

        body.Add(Subtle("Best match first. The number is how closely it matches, out of 100."));
        body.Add(new InputChoiceSet(CardInputIds.AccountId, [.. candidates.Select(c => new Choice(ChoiceTitle(c), c.AccountId))])
        {
            Label = $"Sales {customer.Kind.SalesNoun}",
            Style = ChoiceInputStyle.Expanded,
            Value = candidates[0].AccountId,
            IsRequired = true,
            ErrorMessage = $"Choose the Sales {customer.Kind.SalesNoun} to couple with.",
            Wrap = true,
        });
        body.Add(new InputToggle(CardInputIds.SyncAfterCoupling, "Synchronize after coupling")
        {
            Value = InputToggle.On,
            Spacing = Spacing.Medium,
        });
        body.Add(DirectionChoice());

        return Card(
            $"Set up coupling for {CustomerTitle(customer)}.",
            body,
            Execute("Set Up Coupling", CardVerbs.SetUpCoupling, new SetUpCouplingData(customer.Number, customer.Kind.ActionKind), ActionStyle.Positive),
            CreateInSales(customer, null));
    }

    /// <summary><b>Create in Sales</b>: needs none of the card's inputs (so an unchosen candidate doesn't block it).</summary>
    private static ActionExecute CreateInSales(CustomerView customer, ActionStyle? style) =>
        Execute("Create new in Sales", CardVerbs.CreateInSales, new RecordData(customer.Kind.Noun, customer.Number), style) with { AssociatedInputs = AssociatedInputs.None };

    /// <summary>"Cannon Group (Birmingham) · 92 · same phone, same city".</summary>
    private static string ChoiceTitle(CandidateView candidate)
    {
        var name = candidate.Location is { Length: > 0 } location ? $"{candidate.Name} ({location})" : candidate.Name;
        var title = $"{name} · {candidate.Score.ToString(CultureInfo.InvariantCulture)}";
        return candidate.Reasons.Count == 0 ? title : $"{title} · {string.Join(", ", candidate.Reasons)}";
    }
}
